/**
 * THE list schema (DESIGN §4). Everything else reads it: provisioning, the SharePoint
 * adapter and the SQLite adapter. Field IDs are fixed literals; internal names are stable.
 */
import { DUE_KINDS } from '../core/due-date';
import { LIFECYCLES, RAGS } from '../core/rag';
import type { FieldDef, ListDef } from './types';

/**
 * v2 added Actions.TemplateRef (the toolkit line an action was adopted from); v3 added
 * Recommendations.ClosureFacts (closed by the force, authorised by the inspectorate, superseded);
 * v4 added what the sources say that had no home: Boards.Legend, Inspections.Narrative and
 * NoSpecificRecommendations, and Provenance on actions, workstreams and recommendations
 * (inferred, as written, suggested, cut); v5 added BotConversations (the reminder bot's 1:1 chats,
 * captured on install, for proactive digests); v6 added UpdateRounds (a secretary asks a board's
 * workstream owners for highlight updates before a meeting) and the Updates kind 'decision' (a
 * decision minuted against an item in the meeting); v7 added WholeText to the lists whose title
 * or text can run past SharePoint's 255 characters (workstreams, actions, reports,
 * recommendations, updates): the seed's own recommendations run to 1,600. All additive.
 */
export const SCHEMA_VERSION = 7;

const provenance = (id: string): FieldDef => ({ key: 'provenance', internalName: 'Provenance', displayName: 'As the source wrote it', type: 'Json', id, element: 'sourceNote' });

export const PROTECTED_CHARACTERISTICS = [
  'Age',
  'Disability',
  'Race',
  'Religion/Belief',
  'Sex',
  'Sexual Orientation',
  'Gender reassignment',
  'Marriage & Civil Partnership',
  'Pregnancy & Maternity',
] as const;

export const EQUALITY_DUTIES = [
  'Fostering good relations',
  'Advancing equality of opportunity',
  'Eliminating discrimination, harassment and victimisation',
] as const;

/** What an Update records; 'decision' is a decision minuted against the item at a board meeting. */
export const UPDATE_KINDS = ['progress', 'highlight', 'closure', 'import', 'decision'] as const;

export const ITEM_KINDS = [
  'recommendation',
  'area for improvement',
  'cause of concern',
  'area for attention',
  'area for enhancement',
] as const;

/** SharePoint's built-in Title field, which every list has; its ID is SharePoint's own. */
const title = (key: string, displayName: string, options: { indexed?: boolean; unique?: boolean; overflowId?: string } = {}): FieldDef => ({
  key,
  internalName: 'Title',
  displayName,
  type: 'Text',
  id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  required: true,
  builtIn: true,
  indexed: options.indexed ?? options.unique ?? false,
  unique: options.unique ?? false,
  ...(options.overflowId ? { overflow: { internalName: 'WholeText', displayName: `${displayName} (whole text)`, id: options.overflowId } } : {}),
});

const ragChoice = (key: string, internalName: string, displayName: string, id: string, indexed = false): FieldDef => ({
  key,
  internalName,
  displayName,
  type: 'Choice',
  id,
  choices: RAGS,
  indexed,
});

const OPEN_RED_AMBER =
  "<Where><And><In><FieldRef Name='Rag'/><Values><Value Type='Text'>RED</Value><Value Type='Text'>AMBER</Value></Values></In><Neq><FieldRef Name='Lifecycle'/><Value Type='Text'>closed</Value></Neq></And></Where><OrderBy><FieldRef Name='DueDate'/></OrderBy>";
const DUE_30 =
  "<Where><And><Geq><FieldRef Name='DueDate'/><Value Type='DateTime'><Today/></Value></Geq><Leq><FieldRef Name='DueDate'/><Value Type='DateTime'><Today OffsetDays='30'/></Value></Leq></And></Where><OrderBy><FieldRef Name='DueDate'/></OrderBy>";
const OVERDUE =
  "<Where><And><Lt><FieldRef Name='DueDate'/><Value Type='DateTime'><Today/></Value></Lt><Eq><FieldRef Name='Lifecycle'/><Value Type='Text'>open</Value></Eq></And></Where><OrderBy><FieldRef Name='DueDate'/></OrderBy>";
// Sorting by a person column orders by the person's name; OwnerEmail was never a field.
const BY_OWNER = "<OrderBy><FieldRef Name='Owner'/><FieldRef Name='DueDate'/></OrderBy>";
const OPEN_RECS =
  "<Where><Eq><FieldRef Name='Lifecycle'/><Value Type='Text'>open</Value></Eq></Where><OrderBy><FieldRef Name='InspectionId'/><FieldRef Name='Number'/></OrderBy>";

const itemViewFields = ['Title', 'OwnerText', 'Owner', 'DueText', 'DueDate', 'Rag', 'Lifecycle'];

/** Fields shared by Actions and Recommendations: due, owner, RAG, lifecycle, rules. */
function trackedFields(ids: readonly string[]): FieldDef[] {
  const id = (i: number): string => ids[i] as string;
  return [
    { key: 'dueText', internalName: 'DueText', displayName: 'Due (as written)', type: 'Text', id: id(0) },
    { key: 'dueDate', internalName: 'DueDate', displayName: 'Due date', type: 'DateOnly', id: id(1), indexed: true },
    { key: 'duePrecision', internalName: 'DuePrecision', displayName: 'Due precision', type: 'Choice', id: id(2), choices: ['day', 'month', 'quarter', 'year'] },
    { key: 'dueKind', internalName: 'DueKind', displayName: 'Due kind', type: 'Choice', id: id(3), choices: DUE_KINDS, required: true },
    { key: 'internalDeadline', internalName: 'InternalDeadline', displayName: 'Internal deadline', type: 'Boolean', id: id(4) },
    { key: 'ownerText', internalName: 'OwnerText', displayName: 'Owner (as written)', type: 'Text', id: id(5) },
    { key: 'owner', internalName: 'Owner', displayName: 'Owner', type: 'User', id: id(6), indexed: true },
    ragChoice('rag', 'Rag', 'RAG', id(7), true),
    { key: 'lifecycle', internalName: 'Lifecycle', displayName: 'Lifecycle', type: 'Choice', id: id(8), choices: LIFECYCLES, required: true, indexed: true },
    { key: 'ragRationale', internalName: 'RagRationale', displayName: 'RAG rationale', type: 'Note', id: id(9) },
    { key: 'responsibleOrg', internalName: 'ResponsibleOrg', displayName: 'Responsible organisation', type: 'Text', id: id(10) },
    { key: 'flags', internalName: 'Flags', displayName: 'Flags', type: 'MultiChoice', id: id(11), choices: ['rationale missing', 'responsible organisation missing'], fillIn: true },
    { key: 'sourceKey', internalName: 'SourceKey', displayName: 'Source key', type: 'Text', id: id(12), indexed: true, unique: true, required: true },
  ];
}

export const LISTS: readonly ListDef[] = [
  {
    key: 'boards',
    title: 'Boards',
    description: 'Governance boards that receive packs',
    template: 'GenericList',
    fields: [
      title('title', 'Board'),
      { key: 'programme', internalName: 'Programme', displayName: 'Programme', type: 'Text', id: 'e7ce8e8f-be37-4f17-ae76-e262195c7635' },
      { key: 'legend', internalName: 'Legend', displayName: 'Status legend (as written)', type: 'Json', id: '336adfc0-f7c9-4cea-9cd7-aae140a7ea69', element: 'legendEntry' },
      { key: 'sourceKey', internalName: 'SourceKey', displayName: 'Source key', type: 'Text', id: '70c03c0c-cdea-4e4f-a27f-5089a1b25c07', indexed: true, unique: true, required: true },
    ],
    views: [],
  },
  {
    key: 'workstreams',
    title: 'Workstreams',
    description: 'Workstreams, action-plan strands and objectives, toolkit themes',
    template: 'GenericList',
    fields: [
      title('title', 'Workstream', { indexed: true, overflowId: 'a09ecfbf-39f0-41de-88f6-d5952dd201e1' }),
      { key: 'kind', internalName: 'WorkstreamKind', displayName: 'Kind', type: 'Choice', id: 'caab348f-b589-4f32-a60a-1056693e19ed', choices: ['workstream', 'strand', 'objective', 'theme', 'toolkit-workstream'], required: true, indexed: true },
      { key: 'ref', internalName: 'Ref', displayName: 'Reference', type: 'Text', indexed: true, id: '656e639d-a5ec-4926-a552-3803fd2a0960' },
      { key: 'boardId', internalName: 'Board', displayName: 'Board', type: 'Lookup', lookupList: 'boards', id: '94eb7b50-7c47-459f-af46-29df41eccd3c', indexed: true },
      { key: 'parentId', internalName: 'ParentWorkstream', displayName: 'Parent', type: 'Lookup', lookupList: 'workstreams', id: '3ba4f4b0-4878-47e2-a6ff-8c1d3d07a0e6', indexed: true },
      { key: 'programme', internalName: 'Programme', displayName: 'Programme', type: 'Text', id: '756cf217-ad0c-4db1-acb9-4b199ff7281b' },
      { key: 'description', internalName: 'Description', displayName: 'Description', type: 'Note', id: 'a84a5e9e-ce50-49b7-a053-6d96ef3034ce' },
      { key: 'ownerText', internalName: 'OwnerText', displayName: 'Owner (as written)', type: 'Text', id: '0acfeaa9-55f8-4b4a-acab-c61b32ee7830' },
      { key: 'owner', internalName: 'Owner', displayName: 'Owner', type: 'User', id: 'd509ba4a-d97f-40e7-ae7c-e2d1ab3499bb', indexed: true },
      ragChoice('projectRag', 'ProjectRag', 'Project RAG', '38501c51-408a-420b-a0bc-86574d06849b', true),
      ragChoice('benefitRag', 'BenefitRag', 'Benefit RAG', '0151a690-39eb-4f20-a29b-5d55ffc85abb'),
      { key: 'level', internalName: 'Level', displayName: 'Level', type: 'Choice', id: '8e4ab8f2-a39e-42ea-ac47-12f059f76de0', choices: ['strategic', 'tactical'] },
      { key: 'objectives', internalName: 'Objectives', displayName: 'Objectives', type: 'Json', id: 'a1a4ee55-9ee2-4eaa-a009-e7d830b5bc96', element: 'text' },
      { key: 'kpis', internalName: 'Kpis', displayName: 'KPIs', type: 'Json', id: 'bf39c7e9-d55a-4d45-aa13-b94e731a3373', element: 'text' },
      { key: 'progress', internalName: 'ProgressSinceLast', displayName: 'Progress since last update', type: 'Json', id: '7b5c2f81-4ab9-4789-a1a1-bf14f2babf18', element: 'text' },
      { key: 'nextSteps', internalName: 'NextSteps', displayName: 'Key next steps', type: 'Json', id: 'c7e677dd-5209-4498-a654-4e70939e0c7c', element: 'text' },
      { key: 'recommendationsToBoard', internalName: 'RecommendationsToBoard', displayName: 'Recommendations to the board', type: 'Note', id: 'd90c9506-0f41-4cd3-a251-5f7477f5d0aa' },
      { key: 'decisionsRequired', internalName: 'DecisionsRequired', displayName: 'Decisions required', type: 'Note', id: 'f58d651d-76b4-4901-a523-78ebe18b145e' },
      { key: 'sources', internalName: 'Sources', displayName: 'Sources', type: 'Json', id: 'ea6363f4-eff6-45ed-acba-3c708a61147e', element: 'text' },
      { key: 'lastReportDate', internalName: 'LastReportDate', displayName: 'Last report', type: 'DateOnly', id: '20684d94-5990-4d19-abcb-5f731433910c' },
      provenance('dbd5d787-7a16-4d67-b205-978e7b4fdee2'),
      { key: 'sourceKey', internalName: 'SourceKey', displayName: 'Source key', type: 'Text', id: 'f8821340-bab3-4c3b-a2fa-3ab37b88cc49', indexed: true, unique: true, required: true },
    ],
    views: [
      { title: 'Board: red and amber', caml: "<Where><In><FieldRef Name='ProjectRag'/><Values><Value Type='Text'>RED</Value><Value Type='Text'>AMBER</Value></Values></In></Where>", fields: ['Title', 'OwnerText', 'ProjectRag', 'BenefitRag', 'LastReportDate'], rowLimit: 100 },
    ],
  },
  {
    key: 'actions',
    title: 'Actions',
    description: 'Actions and deliverables with owners, due dates and RAG',
    template: 'GenericList',
    fields: [
      title('title', 'Action', { overflowId: '63411aa1-c601-43de-9798-88062ca77a4e' }),
      { key: 'kind', internalName: 'ActionKind', displayName: 'Kind', type: 'Choice', id: '01c13169-044f-4d14-ad0c-2e4687f64b68', choices: ['action', 'deliverable', 'template'], required: true, indexed: true },
      { key: 'ref', internalName: 'Ref', displayName: 'Reference', type: 'Text', id: '4eff41e0-cf4b-4b80-a51e-26e377497e4d', indexed: true },
      { key: 'workstreamId', internalName: 'Workstream', displayName: 'Workstream / objective', type: 'Lookup', lookupList: 'workstreams', id: '129e5194-4302-4515-a1df-34cfdd10813f', indexed: true },
      { key: 'progress', internalName: 'Progress', displayName: 'Progress', type: 'Note', id: '911a4631-a9d9-4b18-a417-b2b9b7f8c39d' },
      { key: 'protectedCharacteristics', internalName: 'ProtectedCharacteristics', displayName: 'Protected characteristics', type: 'MultiChoice', id: '072566bb-a339-4893-a428-5bfd5fc32ef5', choices: PROTECTED_CHARACTERISTICS },
      provenance('50e39d69-6c99-4a52-a30e-8cc4c9fc05f3'),
      { key: 'templateRef', internalName: 'TemplateRef', displayName: 'Adopted from', type: 'Text', id: 'c3a9e1d4-7b2f-4e8a-9c5d-1f6b0a2e4d71', indexed: true },
      { key: 'equalityDuties', internalName: 'EqualityDuties', displayName: 'Equality duties', type: 'MultiChoice', id: '3ba5ca6a-4ae7-41b0-a040-27ba58848e1d', choices: EQUALITY_DUTIES },
      ...trackedFields(['f394dfb0-ae31-4b80-a5e8-f230b2620e60', '26612e55-1299-484f-a950-41d30804a3bd', 'a731836b-980c-4b99-a10a-90d5d0780335', '45a053ed-6642-4923-a6c7-a79e6145aa69', '8972bba0-2572-45df-a2de-1a1814ccda31', 'bb7aee71-69e5-4066-a93b-1021aed90c49', '511572f0-661f-41fe-ac52-3c84fb2b0388', '1f4c47dc-bd8d-4fa6-aa42-bb1e143db5b2', '36d7047f-8afd-4b07-a5cf-8f43522ccdd6', '220e6fad-3004-415f-a712-a4006c7cb5c9', '6874a430-348d-44a6-affa-388b37f8254b', 'f8106784-1ca3-4109-a70a-027c1f548a0f', 'e893b64c-876a-46ae-a5c5-c693b0b67097']),
    ],
    views: [
      { title: 'Board: red and amber', caml: OPEN_RED_AMBER, fields: itemViewFields, rowLimit: 100 },
      { title: 'Due in 30 days', caml: DUE_30, fields: itemViewFields, rowLimit: 100 },
      { title: 'Overdue', caml: OVERDUE, fields: itemViewFields, rowLimit: 100 },
      { title: 'By owner', caml: BY_OWNER, fields: itemViewFields, rowLimit: 100 },
    ],
  },
  {
    key: 'inspections',
    title: 'Inspections',
    description: 'Inspection reports (HMICFRS and others)',
    template: 'GenericList',
    fields: [
      title('title', 'Report', { indexed: true, overflowId: '66135f7c-fab5-4dc9-9c32-a5bfc3d111b5' }),
      { key: 'bodies', internalName: 'Bodies', displayName: 'Inspection bodies', type: 'MultiChoice', id: '65b2b9ea-1cb8-4161-a62b-0780d497c95b', choices: ['HMICFRS', 'HMIC', 'HMCPSi', 'HMI Probation', 'HMI Prisons', 'CQC', 'Ofsted'], fillIn: true },
      { key: 'scope', internalName: 'Scope', displayName: 'Scope', type: 'Choice', id: '32b1d830-2b8e-49e5-a4bb-8a7ed5986cf9', choices: ['national', 'force'] },
      { key: 'reportType', internalName: 'ReportType', displayName: 'Report type', type: 'Text', id: 'b02a8cc8-f84e-4ce6-aa91-681c80d4fa52' },
      { key: 'publishedText', internalName: 'PublishedText', displayName: 'Published (as written)', type: 'Text', id: '273e6ab0-b66e-42ea-a438-7820f1fded7e' },
      { key: 'published', internalName: 'Published', displayName: 'Published', type: 'DateOnly', id: '76639bac-81d4-492d-ab74-a81c77f69d0f', indexed: true },
      { key: 'sourceSummary', internalName: 'SourceSummary', displayName: 'Summary (as written)', type: 'Note', id: '37dd057b-76c6-4a1e-afbb-7eb5047b84df' },
      { key: 'narrative', internalName: 'Narrative', displayName: 'Narrative (as written)', type: 'Json', id: 'b6f0b5f9-5857-48eb-b634-115c366f196b', element: 'text' },
      { key: 'noSpecificRecommendations', internalName: 'NoSpecificRecommendations', displayName: 'No specific recommendations', type: 'Boolean', id: 'dc0fe90c-e9dc-43fb-94c8-27babf8dde59' },
      { key: 'boardId', internalName: 'Board', displayName: 'Board', type: 'Lookup', lookupList: 'boards', id: '12ff41aa-0634-4a85-a7a0-ec47225a300a', indexed: true },
      { key: 'sourceKey', internalName: 'SourceKey', displayName: 'Source key', type: 'Text', id: 'fe231ea5-3156-47eb-ab12-c93ef8b0e7a9', indexed: true, unique: true, required: true },
    ],
    views: [],
  },
  {
    key: 'recommendations',
    title: 'Recommendations',
    description: 'Inspection recommendations, areas for improvement and causes of concern',
    template: 'GenericList',
    fields: [
      title('title', 'Recommendation', { overflowId: '9bb1a0b9-67d5-4c2e-9414-bc837c9dde1e' }),
      { key: 'inspectionId', internalName: 'InspectionId', displayName: 'Inspection', type: 'Lookup', lookupList: 'inspections', id: 'b922e2ff-24a5-420b-a95e-65857ca08d2c', indexed: true, required: true },
      { key: 'number', internalName: 'Number', displayName: 'No.', type: 'Text', id: 'a9e28894-071d-4181-a228-580bbf942dca' },
      { key: 'itemKind', internalName: 'ItemKind', displayName: 'Kind', type: 'Choice', id: '0baf3a7a-bc41-42b7-a74c-4531eeefc9d7', choices: ITEM_KINDS, fillIn: true, required: true },
      { key: 'appliesToForce', internalName: 'AppliesToForce', displayName: 'Applies to the force', type: 'Boolean', id: 'bd6141d4-2a60-4167-aac3-5cd413a1a633' },
      { key: 'comment', internalName: 'Comment', displayName: 'Comment', type: 'Note', id: '0d0653bd-7669-41af-a33f-2ed0941951f5' },
      { key: 'groupHeading', internalName: 'GroupHeading', displayName: 'Group heading', type: 'Text', id: 'bccd2759-48f6-4ae5-a8e1-4b9e728c283b' },
      { key: 'subActions', internalName: 'SubActions', displayName: 'Sub-actions', type: 'Json', id: 'dca8e431-fbba-423f-aae7-bebb89506eb9', element: 'subAction' },
      { key: 'parts', internalName: 'Parts', displayName: 'Parts', type: 'Json', id: '0e1c8f5b-0094-4a93-a54e-1fa5b14e3360', element: 'part' },
      { key: 'closureFacts', internalName: 'ClosureFacts', displayName: 'Closure facts', type: 'Json', id: '04ea56bb-a695-4a13-b8a6-c4f94a8f31e0', element: 'closureFact' },
      provenance('87a7d57b-fe79-4409-a575-36d0120e0a5f'),
      ...trackedFields(['f0a57812-4930-4e7b-a9f5-fb4b2f506509', 'eb77b134-53c0-4739-a705-40d0d9d550ba', '1a7db673-3eb6-453b-adac-0c3753bf7c12', '1d437312-4002-40fa-acdc-dd9cdc0655c4', '8c28acf2-fbc6-4e92-a480-79762b637233', '3c4a31c9-da4e-4129-a20e-82b14c3d35d7', '2451382b-7bd9-4414-a625-50ccca55e813', 'abea2c67-719e-4654-a504-b1a27985828e', 'b7b8b645-db2f-4c92-a6bd-e38556b85ba5', '11d3848d-462d-41a0-adb2-a6bfdbe32892', '7fcb7517-2cb1-4154-a27a-416c12be99cd', '8accb05b-8b9c-4848-a5ba-6d7573b5586a', 'c8a82fa2-561d-4fd7-ae2c-6566daceb3a2']),
    ],
    views: [
      { title: 'Open recommendations', caml: OPEN_RECS, fields: ['Number', 'Title', 'ItemKind', 'Rag', 'DueText', 'DueDate'], rowLimit: 100 },
      { title: 'Board: red and amber', caml: OPEN_RED_AMBER, fields: itemViewFields, rowLimit: 100 },
      { title: 'Overdue', caml: OVERDUE, fields: itemViewFields, rowLimit: 100 },
    ],
  },
  {
    key: 'updates',
    title: 'Updates',
    description: 'Progress and highlight updates: add-only history',
    template: 'GenericList',
    addOnly: true,
    fields: [
      title('text', 'Update', { overflowId: '8bb22b2d-c361-4d29-8fb1-4207563e5ec9' }),
      { key: 'list', internalName: 'ItemList', displayName: 'List', type: 'Choice', id: 'b37c8f2a-b157-4ece-ad18-dd6de904a317', choices: ['actions', 'recommendations', 'workstreams'], required: true },
      { key: 'itemId', internalName: 'ItemId', displayName: 'Item', type: 'Integer', id: '7634cbd5-a784-4927-a6ef-74ba77472093', indexed: true, required: true },
      { key: 'kind', internalName: 'UpdateKind', displayName: 'Kind', type: 'Choice', id: '4dad544b-3e04-4a4a-ad3f-0821e9c3acad', choices: UPDATE_KINDS, required: true },
      { key: 'at', internalName: 'At', displayName: 'At', type: 'DateTime', id: '6f5eb1c9-f628-4c49-a8cd-8984b14b5942', indexed: true, required: true },
      { key: 'author', internalName: 'Author0', displayName: 'Author', type: 'Text', id: '28852e64-4133-4faf-a220-a3e7d0c0fe7b', required: true },
      { key: 'authorName', internalName: 'AuthorName', displayName: 'Author name', type: 'Text', id: '5f67a1f1-4301-403e-a691-196302e69e0f' },
      ragChoice('previousRag', 'PreviousRag', 'Previous RAG', '1b1b4680-6d28-4785-a9b5-7349f9a44e40'),
      ragChoice('newRag', 'NewRag', 'New RAG', '9c20448b-0cda-457c-ad78-7f96e050daf2'),
      ragChoice('benefitRag', 'BenefitRag', 'Benefit RAG', '14bf1e6b-7b59-4da0-a030-311d819b539c'),
      { key: 'body', internalName: 'Body', displayName: 'Highlight report', type: 'Note', id: '22e448bf-4f50-4cf4-a642-8b46f21250a4' },
      { key: 'reportDateText', internalName: 'ReportDateText', displayName: 'Report date (as written)', type: 'Text', id: 'ab2e28a0-513c-4c9f-a2a8-ac997ee7569c' },
      { key: 'sourceKey', internalName: 'SourceKey', displayName: 'Source key', type: 'Text', id: 'b1f0c7a2-5d3e-4c61-9a8b-0e2f4d6c8a10', indexed: true },
      { key: 'reportDate', internalName: 'ReportDate', displayName: 'Report date', type: 'DateOnly', id: 'ae02a414-6f8f-4951-a295-628dd577c89d' },
    ],
    views: [],
  },
  {
    key: 'reminderLog',
    title: 'ReminderLog',
    description: 'Every reminder sent: a re-run sends nothing twice',
    template: 'GenericList',
    fields: [
      title('key', 'Key', { unique: true }),
      { key: 'list', internalName: 'ItemList', displayName: 'List', type: 'Choice', id: 'd32f422c-75d3-425d-a8ae-5b449ca1edb6', choices: ['actions', 'recommendations', 'workstreams'], required: true },
      { key: 'itemId', internalName: 'ItemId', displayName: 'Item', type: 'Integer', id: '84182157-d76f-4e0c-a95c-09f5c89d8f17', indexed: true, required: true },
      { key: 'rule', internalName: 'Rule', displayName: 'Rule', type: 'Text', id: '902aad54-722b-43a5-ab25-884afcd95adf', required: true },
      { key: 'dueDate', internalName: 'DueDate', displayName: 'Due date', type: 'DateOnly', id: 'd49c9908-ba34-465e-a78a-5a629611ce39' },
      { key: 'recipient', internalName: 'Recipient', displayName: 'Recipient', type: 'Text', id: '587d690f-de7e-47b9-a1ba-5edd49dbecf5', indexed: true, required: true },
      { key: 'outcome', internalName: 'Outcome', displayName: 'Outcome', type: 'Text', id: 'e738ec3a-e97f-4f6c-aa75-7605afe28a1d', required: true },
      { key: 'at', internalName: 'At', displayName: 'At', type: 'DateTime', id: 'cf5f9bdd-9b20-4545-afe7-354e8feab9fc', required: true },
    ],
    views: [],
  },
  {
    key: 'updateRounds',
    title: 'UpdateRounds',
    description: 'Highlight update rounds: a board’s workstream owners asked for an update before a meeting',
    template: 'GenericList',
    fields: [
      title('title', 'Round'),
      { key: 'boardId', internalName: 'Board', displayName: 'Board', type: 'Lookup', lookupList: 'boards', id: '5f2d8c61-3b7e-4a0f-9d14-8e6a2c47b913', indexed: true, required: true },
      { key: 'meetingDate', internalName: 'MeetingDate', displayName: 'Meeting date', type: 'DateOnly', id: 'a7c3e915-62d4-4f8b-b0e1-3d9f5a2c7e48', indexed: true, required: true },
      { key: 'openedBy', internalName: 'OpenedBy', displayName: 'Opened by', type: 'Text', id: 'c1e84b27-9f53-4d6a-a2b8-7e0d4f6193ac', required: true },
      { key: 'openedByName', internalName: 'OpenedByName', displayName: 'Opened by (name)', type: 'Text', id: '0b9f6e3d-4a21-4c87-95e2-d18a3b7c60f4' },
      { key: 'openedAt', internalName: 'OpenedAt', displayName: 'Opened at', type: 'DateTime', id: 'e4a7d2b9-8c16-4f30-b5d9-62f1c0a8e735', required: true },
    ],
    views: [],
  },
  {
    key: 'botConversations',
    title: 'BotConversations',
    description: 'The reminder bot’s chat with each person, captured when they install the app',
    template: 'GenericList',
    fields: [
      title('personId', 'Person', { unique: true }),
      { key: 'conversationId', internalName: 'ConversationId', displayName: 'Conversation', type: 'Text', id: '830ab87e-c500-4b51-aeba-1ee9fc9cc923' },
      { key: 'serviceUrl', internalName: 'ServiceUrl', displayName: 'Service URL', type: 'Text', id: '3c0a460f-15d3-4a1d-974c-780a57e849ea' },
    ],
    views: [],
  },
  {
    key: 'snapshots',
    title: 'Snapshots',
    description: 'Frozen board packs as JSON files',
    template: 'DocumentLibrary',
    fields: [
      title('title', 'Title'),
      { key: 'boardId', internalName: 'Board', displayName: 'Board', type: 'Lookup', lookupList: 'boards', id: '6816c15f-2edc-4c62-ad68-2c2610c768e5', indexed: true },
      { key: 'takenAt', internalName: 'TakenAt', displayName: 'Taken at', type: 'DateTime', id: '400bac6a-3dbe-44f4-aaf9-042fd03a919f', indexed: true, required: true },
      { key: 'json', internalName: 'Json', displayName: 'Pack', type: 'Note', id: '4010bcc7-4cae-4116-a8e2-af3266e0dce9' },
    ],
    views: [],
  },
];
