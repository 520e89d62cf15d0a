/**
 * A UkDatePicker whose code (Fluent's calendar, popover and positioning: about 30 KiB gzipped)
 * loads after the first screen, not with it. Until then a read-only box shows the same day;
 * the picker loads once `load` turns true (the shell says the first data is on screen) and that
 * screen has painted, or as soon as someone points at or focuses the box, and takes the focus
 * over if the box had it.
 * If the code cannot be fetched the box stays and the next touch asks again, so a dropped
 * connection never takes the tab's header down with it.
 */
import { Input } from '@fluentui/react-components';
import { CalendarMonthRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { afterPaint } from './after-paint';
import type { UkDatePickerProps } from './UkDatePicker';
import { isoToUk } from './uk-date';

type Picker = ComponentType<UkDatePickerProps>;

let loaded: Picker | null = null;
let loading: Promise<Picker> | null = null;

function loadPicker(): Promise<Picker> {
  loading ??= import('./UkDatePicker').then(
    (m) => (loaded = m.UkDatePicker),
    (e: unknown) => {
      loading = null;
      throw e;
    }
  );
  return loading;
}

export function DeferredUkDatePicker({ load, ...props }: UkDatePickerProps & Readonly<{ load: boolean }>) {
  const [Picker, setPicker] = useState<Picker | null>(() => loaded);
  const box = useRef<HTMLSpanElement>(null);
  const hadFocus = useRef(false);
  const start = useCallback(() => {
    if (!loaded) {
      loadPicker().then(
        (p) => setPicker(() => p),
        () => undefined
      );
    }
  }, []);
  useEffect(() => {
    if (!load) {
      return undefined;
    }
    // after the frame that shows the first data, not in the same task as it
    let live = true;
    void afterPaint().then(() => live && start());
    return () => {
      live = false;
    };
  }, [load, start]);
  useEffect(() => {
    if (Picker && hadFocus.current) {
      hadFocus.current = false;
      box.current?.querySelector('input')?.focus();
    }
  }, [Picker]);
  return (
    <span ref={box} style={{ display: 'contents' }}>
      {Picker ? (
        <Picker {...props} />
      ) : (
        <Input
          id={props.id}
          className={props.className}
          aria-label={props['aria-label']}
          readOnly
          value={props.value ? isoToUk(props.value) : ''}
          placeholder="dd/mm/yyyy"
          contentAfter={<CalendarMonthRegular aria-hidden />}
          onFocus={() => {
            hadFocus.current = true;
            start();
          }}
          onBlur={() => {
            hadFocus.current = false;
          }}
          onPointerEnter={start}
        />
      )}
    </span>
  );
}
