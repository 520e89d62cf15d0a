/**
 * A native, editable Excel bar chart added to a workbook exceljs has written. exceljs (4.4)
 * reads and writes no charts, so the chart's parts are added to the package afterwards: the
 * chart (c:chartSpace) whose categories and values are formulas over the sheet's own cells
 * (with the values cached, so a viewer that does not recalculate still draws the bars), the
 * drawing that anchors it between cells, their relationships and content types.
 *
 * The package is unzipped and zipped with fflate, which the PowerPoint writer already uses
 * for the same kind of work, rather than JSZip: exceljs's browser build carries its own copy
 * of JSZip inside it, so importing jszip here would ship a second one in the pack chunk.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type BarChartSpec = Readonly<{
  /** the worksheet's name as the workbook lists it */
  sheet: string;
  title: string;
  /** the text alternative a screen reader reads for the chart */
  description: string;
  /** the series name's cell, e.g. A8, and what it holds */
  seriesName: Readonly<{ cell: string; text: string }>;
  /** a range of one row, e.g. B2:F2, and the words it holds */
  categories: Readonly<{ range: string; words: readonly string[] }>;
  /** a range of one row, e.g. B8:F8, and the numbers it holds */
  values: Readonly<{ range: string; numbers: readonly number[] }>;
  /** a fill per bar (hex, no #), in the categories' order */
  colours: readonly string[];
  /** cells the chart spans, zero-based: from its top-left cell to its bottom-right one */
  anchor: Readonly<{ fromCol: number; fromRow: number; toCol: number; toRow: number }>;
}>;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_CHART = `${REL}/chart`;
const REL_DRAWING = `${REL}/drawing`;
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** 'RAG summary'!$B$2:$F$2: a sheet name always quoted (its own quotes doubled), the cells absolute. */
export function sheetRef(sheet: string, range: string): string {
  const abs = range
    .split(':')
    .map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

const pts = (values: readonly string[]): string => `<c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join('')}`;

const fill = (hex: string): string => `<c:spPr><a:solidFill><a:srgbClr val="${hex}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></c:spPr>`;

function chartXml(spec: BarChartSpec): string {
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="en-GB" b="1"/><a:t>${esc(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  // One series; each bar filled in its RAG's colour, the category axis naming the RAG in words.
  const points = spec.colours.map((c, i) => `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(c)}</c:dPt>`).join('');
  const labels = '<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${esc(sheetRef(spec.sheet, spec.seriesName.cell))}</c:f><c:strCache>${pts([spec.seriesName.text])}</c:strCache></c:strRef></c:tx>` +
    `<c:invertIfNegative val="0"/>${points}${labels}` +
    `<c:cat><c:strRef><c:f>${esc(sheetRef(spec.sheet, spec.categories.range))}</c:f><c:strCache>${pts(spec.categories.words)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${esc(sheetRef(spec.sheet, spec.values.range))}</c:f><c:numCache><c:formatCode>General</c:formatCode>${pts(spec.values.numbers.map(String))}</c:numCache></c:numRef></c:val>` +
    `</c:ser>`;
  const axes =
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
    '<c:lang val="en-GB"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `${axes}</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '</c:chartSpace>'
  );
}

function drawingXml(spec: BarChartSpec, chartRel: string): string {
  const { fromCol, fromRow, toCol, toRow } = spec.anchor;
  const cell = (tag: string, col: number, row: number) => `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor editAs="oneCell">${cell('from', fromCol, fromRow)}${cell('to', toCol, toRow)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${esc(spec.title)}" descr="${esc(spec.description)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="${chartRel}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

const rels = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;

/** A relationship added to a .rels part (created when the part has none), and the Id it was given. */
function addRel(files: Record<string, Uint8Array>, part: string, type: string, target: string): string {
  const existing = files[part] ? strFromU8(files[part]) : rels('');
  const taken = new Set([...existing.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (taken.has(`rId${n}`)) {
    n += 1;
  }
  const id = `rId${n}`;
  files[part] = strToU8(existing.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`));
  return id;
}

/** The first free part name: xl/charts/chart1.xml, or chart2 when a chart1 is there. */
function freePart(files: Record<string, Uint8Array>, dir: string, stem: string): { name: string; n: number } {
  let n = 1;
  while (files[`${dir}/${stem}${n}.xml`]) {
    n += 1;
  }
  return { name: `${dir}/${stem}${n}.xml`, n };
}

/** The worksheet part (xl/worksheets/sheetN.xml) the workbook names `sheet`. */
function sheetPart(files: Record<string, Uint8Array>, sheet: string): string {
  const book = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  const rid = [...book.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`name="${esc(sheet)}"`))?.match(/r:id="([^"]+)"/)?.[1];
  const bookRels = strFromU8(files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const target = rid ? bookRels.match(new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`))?.[0].match(/Target="([^"]+)"/)?.[1] : undefined;
  if (!target) {
    throw new Error(`the workbook has no sheet named ${sheet}`);
  }
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The workbook with the bar chart drawn on its sheet. */
export function addBarChart(xlsx: Uint8Array, spec: BarChartSpec): Uint8Array {
  const files = unzipSync(xlsx);
  const sheet = sheetPart(files, spec.sheet);
  const chart = freePart(files, 'xl/charts', 'chart');
  const drawing = freePart(files, 'xl/drawings', 'drawing');
  files[chart.name] = strToU8(chartXml(spec));
  const drawingRels = drawing.name.replace('xl/drawings/', 'xl/drawings/_rels/') + '.rels';
  const chartRel = addRel(files, drawingRels, REL_CHART, `../charts/chart${chart.n}.xml`);
  files[drawing.name] = strToU8(drawingXml(spec, chartRel));
  const sheetRels = sheet.replace(/([^/]+)$/, '_rels/$1.rels');
  const drawingRel = addRel(files, sheetRels, REL_DRAWING, `../drawings/drawing${drawing.n}.xml`);
  // <drawing> comes after the page setup and before any legacy drawing, table parts or extensions.
  const xml = strFromU8(files[sheet] ?? new Uint8Array());
  const at = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>']
    .map((tag) => xml.indexOf(tag))
    .filter((i) => i >= 0)
    .reduce((a, b) => Math.min(a, b));
  files[sheet] = strToU8(`${xml.slice(0, at)}<drawing r:id="${drawingRel}"/>${xml.slice(at)}`);
  const types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
  files['[Content_Types].xml'] = strToU8(
    types.replace('</Types>', `<Override PartName="/${chart.name}" ContentType="${CT_CHART}"/><Override PartName="/${drawing.name}" ContentType="${CT_DRAWING}"/></Types>`)
  );
  return zipSync(files, { level: 6 });
}
