/**
 * The tab's menus, in their own chunk: Fluent's Menu brings its popover, positioning and
 * focus code (about 27 KiB gzipped), which the first screen does not need to show its data.
 * Loaded through deferred-menus.ts; each wraps a trigger the screen has already drawn.
 */
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, useIsOverflowItemVisible } from '@fluentui/react-components';
import type { MouseEvent, ReactElement } from 'react';

/** A column header's context menu (Shift+F10, the Menu key or a right click): "Resize with the keyboard". */
export function HeaderMenu({ children, onResize, defaultOpen }: { children: ReactElement; onResize: (e: MouseEvent<HTMLDivElement>) => void; defaultOpen: boolean }) {
  return (
    <Menu openOnContext defaultOpen={defaultOpen}>
      <MenuTrigger disableButtonEnhancement>{children}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={onResize}>Resize with the keyboard</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export type MoreTab = Readonly<{ value: string; label: string }>;

/** The nav row's "More": the screens whose tabs do not fit. */
export function MoreMenu({ trigger, tabs, onSelect, defaultOpen }: { trigger: ReactElement; tabs: readonly MoreTab[]; onSelect: (value: string) => void; defaultOpen: boolean }) {
  return (
    <Menu defaultOpen={defaultOpen}>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((t) => (
            <HiddenTabItem key={t.value} tab={t} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** a screen's entry in the More menu, there only while its tab is not in the row */
function HiddenTabItem({ tab, onSelect }: { tab: MoreTab; onSelect: (value: string) => void }) {
  const visible = useIsOverflowItemVisible(tab.value);
  return visible ? null : <MenuItem onClick={() => onSelect(tab.value)}>{tab.label}</MenuItem>;
}
