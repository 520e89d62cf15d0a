/**
 * The row of screens. Thirteen tabs do not fit 1366 px, still less a phone, so the row is a Fluent
 * Overflow: the tabs that do not fit go into a "More" menu at its end (as Fluent's TabList
 * "With overflow" example does), and the current screen's tab has the highest priority, so it is
 * always in the row. The row never scrolls sideways and never widens the page.
 */
import {
  Button,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useMenus } from '../shared/deferred-menus';

export type NavTab<V extends string> = Readonly<{ value: V; label: string }>;

export type NavTabsProps<V extends string> = Readonly<{
  tabs: readonly NavTab<V>[];
  selected: V;
  onSelect: (value: V) => void;
}>;

const useStyles = makeStyles({
  /** the list is the Overflow's container: it must be allowed to be narrower than its tabs */
  list: { minWidth: 0 },
  more: { flexShrink: 0, alignSelf: 'center', minWidth: 0 },
});

const tabId = (value: string): string => `nav-tab-${value}`;

export function NavTabs<V extends string>({ tabs, selected, onSelect }: NavTabsProps<V>) {
  const styles = useStyles();
  const listRef = useRef<HTMLDivElement>(null);
  /** a screen chosen from the More menu: its tab (now in the row) takes focus, not the menu button */
  const chooseFromMenu = (value: V): void => {
    onSelect(value);
    // after the menu has closed (it returns focus to its button) and the row has re-measured
    requestAnimationFrame(() => requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`#${tabId(value)}`)?.focus()));
  };
  return (
    <Overflow minimumVisible={1} padding={8}>
      <TabList ref={listRef} className={styles.list} size="small" selectedValue={selected} onTabSelect={(_e, d) => onSelect(d.value as V)}>
        {tabs.map((t) => (
          <OverflowItem key={t.value} id={t.value} priority={t.value === selected ? 2 : 1}>
            <Tab id={tabId(t.value)} value={t.value}>
              {t.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} onSelect={chooseFromMenu} />
      </TabList>
    </Overflow>
  );
}

function MoreTabs<V extends string>({ tabs, onSelect }: { tabs: readonly NavTab<V>[]; onSelect: (value: V) => void }) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  // the menu's code comes with the first table's (or when someone reaches for More first)
  const [menus, loadMenus] = useMenus(false, () => ref.current?.parentElement ?? null);
  const [asked, setAsked] = useState(false);
  if (!isOverflowing) {
    return null;
  }
  const button = (
    // among the tabs, so arrow keys reach it; Fluent: a custom button in a tab list needs role="tab"
    <Button
      ref={ref}
      role="tab"
      appearance="transparent"
      size="small"
      className={styles.more}
      icon={<MoreHorizontalRegular />}
      iconPosition="after"
      aria-label={`More screens: ${overflowCount}`}
      aria-haspopup="menu"
      data-testid="nav-more"
      {...(menus
        ? {}
        : {
            onPointerEnter: loadMenus,
            onFocus: loadMenus,
            onClick: () => {
              setAsked(true);
              loadMenus();
            },
          })}
    >
      More
    </Button>
  );
  return menus ? <menus.MoreMenu trigger={button} tabs={tabs} onSelect={(v) => onSelect(v as V)} defaultOpen={asked} /> : button;
}
