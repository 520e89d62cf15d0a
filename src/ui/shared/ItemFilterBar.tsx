import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, FilterRegular, SearchRegular } from '@fluentui/react-icons';
import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import {
  DUE_WINDOWS,
  DUE_WINDOW_LABELS,
  LIST_LABELS,
  NO_FILTER,
  SORT_KEYS,
  SORT_LABELS,
  type ItemFilter,
  type ItemSort,
  type SortKey,
} from '../../core/item-filter';
import type { ItemId, TrackedList } from '../../core/model';
import { LIFECYCLES } from '../../core/rag';
import { RagSelect } from './RagSelect';

export type FilterControl = 'owner' | 'due' | 'rag' | 'lifecycle' | 'list' | 'board' | 'characteristic';

export type ItemFilterBarProps = Readonly<{
  /** names the group for screen readers, e.g. "Filter all items" */
  label: string;
  filter: ItemFilter;
  onFilterChange: (filter: ItemFilter) => void;
  sort: ItemSort;
  onSortChange: (sort: ItemSort) => void;
  /** which selects to show besides the search and the sort, in this order */
  controls: readonly FilterControl[];
  owners?: ReadonlyArray<Readonly<{ id: string; name: string }>>;
  boards?: ReadonlyArray<Readonly<{ id: ItemId; title: string }>>;
  characteristics?: readonly string[];
  /** the orders offered (none: a view with its own structure) @default every order but the source's */
  sortKeys?: readonly SortKey[];
  /** what "Clear filters" goes back to @default NO_FILTER */
  base?: ItemFilter;
}>;

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM, border: 0, margin: 0, padding: 0, minWidth: 0 },
  legend: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  search: { minWidth: '14rem', flexGrow: 1, maxWidth: '28rem' },
  select: { minWidth: '9rem' },
  group: { display: 'contents' },
  /** folded only where the toggle shows, so a window widened later never hides them */
  closed: { display: 'contents', '@media (max-width: 639.98px)': { display: 'none' } },
  /** on a wide screen every filter shows; on a phone they fold behind this button */
  toggle: { '@media (min-width: 640px)': { display: 'none' } },
});

/** Open on a wide screen; on a phone the results come first and the filters fold away. */
const WIDE = '(min-width: 640px)';
const startsOpen = (): boolean => typeof window === 'undefined' || typeof window.matchMedia !== 'function' || window.matchMedia(WIDE).matches;

const LIFECYCLE_LABELS: Readonly<Record<ItemFilter['lifecycle'], string>> = {
  active: 'Open (not closed)',
  any: 'Any status',
  open: 'Open',
  'closure-proposed': 'Closure proposed',
  closed: 'Closed',
  authorised: 'Authorised',
  superseded: 'Superseded',
};

/**
 * Search, filters and sort for a list of items. Native selects: every one works by keyboard
 * and is announced by screen readers as it is, on desktop and phone. Changing a filter never
 * moves focus; the list says how many items match in its own live region.
 */
export function ItemFilterBar(props: ItemFilterBarProps) {
  const { label, filter, onFilterChange, sort, onSortChange, controls, owners = [], boards = [], characteristics = [], base = NO_FILTER, sortKeys = SORT_KEYS.filter((k) => k !== 'source' && (k !== 'board' || controls.includes('board'))) } = props;
  const styles = useStyles();
  const set = <K extends keyof ItemFilter>(key: K, value: ItemFilter[K]): void => onFilterChange({ ...filter, [key]: value });
  const pick = (e: ChangeEvent<HTMLSelectElement>): string => e.target.value;
  const changed = (Object.keys(base) as Array<keyof ItemFilter>).some((k) => filter[k] !== base[k]);
  const [open, setOpen] = useState(startsOpen);
  const groupId = useId();

  const selects: Record<FilterControl, () => ReactNode> = {
    // a person named by a link is offered even before anyone has loaded their items
    owner: () => (
      <Field label="Owner" key="owner">
        <Select size="small" className={styles.select} value={filter.owner} onChange={(e) => set('owner', pick(e))}>
          <option value="anyone">Anyone</option>
          <option value="me">Me</option>
          <option value="unassigned">No owner</option>
          {[...owners, ...(['anyone', 'me', 'unassigned'].includes(filter.owner) || owners.some((o) => o.id === filter.owner) ? [] : [{ id: filter.owner, name: filter.owner }])].map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
    ),
    due: () => (
      <Field label="Due" key="due">
        <Select size="small" className={styles.select} value={filter.due} onChange={(e) => set('due', pick(e) as ItemFilter['due'])}>
          {DUE_WINDOWS.map((w) => (
            <option key={w} value={w}>
              {DUE_WINDOW_LABELS[w]}
            </option>
          ))}
        </Select>
      </Field>
    ),
    rag: () => (
      <Field label="RAG" key="rag">
        <RagSelect size="small" className={styles.select} value={filter.rag} onChange={(rag) => set('rag', rag)} />
      </Field>
    ),
    lifecycle: () => (
      <Field label="Status" key="lifecycle">
        <Select size="small" className={styles.select} value={filter.lifecycle} onChange={(e) => set('lifecycle', pick(e) as ItemFilter['lifecycle'])}>
          {(['active', 'any', ...LIFECYCLES] as const).map((l) => (
            <option key={l} value={l}>
              {LIFECYCLE_LABELS[l]}
            </option>
          ))}
        </Select>
      </Field>
    ),
    list: () => (
      <Field label="Kind" key="list">
        <Select size="small" className={styles.select} value={filter.list} onChange={(e) => set('list', pick(e) as ItemFilter['list'])}>
          <option value="any">Every kind</option>
          {(Object.keys(LIST_LABELS) as TrackedList[]).map((l) => (
            <option key={l} value={l}>
              {LIST_LABELS[l]}
            </option>
          ))}
        </Select>
      </Field>
    ),
    board: () => (
      <Field label="Board" key="board">
        <Select size="small" className={styles.select} value={filter.boardId === null ? '' : String(filter.boardId)} onChange={(e) => set('boardId', pick(e) ? (Number(pick(e)) as ItemId) : null)}>
          <option value="">Every board</option>
          {boards.map((b) => (
            <option key={b.id} value={String(b.id)}>
              {b.title}
            </option>
          ))}
        </Select>
      </Field>
    ),
    characteristic: () => (
      <Field label="Characteristic" key="characteristic">
        <Select size="small" className={styles.select} value={filter.characteristic ?? ''} onChange={(e) => set('characteristic', pick(e) || null)}>
          <option value="">Any characteristic</option>
          {characteristics.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
    ),
  };

  const applied = (Object.keys(base) as Array<keyof ItemFilter>).filter((k) => k !== 'text' && filter[k] !== base[k]).length;

  return (
    <fieldset className={styles.bar}>
      <legend className={styles.legend}>{label}</legend>
      <Field label="Search" className={styles.search}>
        <Input
          size="small"
          type="search"
          contentBefore={<SearchRegular aria-hidden />}
          value={filter.text}
          maxLength={200}
          placeholder="Words in the title, owner, progress…"
          onChange={(_e, d) => set('text', d.value)}
        />
      </Field>
      <Button size="small" className={styles.toggle} icon={<FilterRegular aria-hidden />} aria-expanded={open} aria-controls={groupId} onClick={() => setOpen((o) => !o)}>
        {applied > 0 ? `Filters (${applied} applied)` : 'Filters'}
      </Button>
      <div id={groupId} className={open ? styles.group : styles.closed}>
        {controls.map((c) => selects[c]())}
        {sortKeys.length > 0 ? (
          <>
            <Field label="Sort by">
              <Select size="small" className={styles.select} value={sort.key} onChange={(e) => onSortChange({ ...sort, key: pick(e) as ItemSort['key'] })}>
                {sortKeys.map((k) => (
                  <option key={k} value={k}>
                    {SORT_LABELS[k]}
                  </option>
                ))}
              </Select>
            </Field>
            <Checkbox label="Reverse order" checked={sort.descending} onChange={(_e, d) => onSortChange({ ...sort, descending: d.checked === true })} />
          </>
        ) : null}
      </div>
      <Button size="small" icon={<DismissRegular aria-hidden />} disabled={!changed} onClick={() => onFilterChange(base)}>
        Clear filters
      </Button>
    </fieldset>
  );
}
