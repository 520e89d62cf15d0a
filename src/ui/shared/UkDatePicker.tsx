import { DatePicker, type DatePickerProps } from '@fluentui/react-datepicker-compat';
import type { IsoDate } from '../../core/dates';
import { isoToLocalDate, isoToUk, localDateToIso, ukToIso } from './uk-date';

/** Monday, as calendars in the UK start the week (DayOfWeek.Monday of react-calendar-compat). */
const MONDAY = 1 as NonNullable<DatePickerProps['firstDayOfWeek']>;

export type UkDatePickerProps = Readonly<{
  id?: string;
  value: IsoDate | null;
  onChange: (date: IsoDate | null) => void;
  /** names the box when no Field label does */
  'aria-label'?: string;
  className?: string;
  /** the calendar button's name @default 'Open the calendar' */
  calendarLabel?: string;
}>;

/**
 * Fluent's DatePicker writing and reading days as dd/MM/yyyy whatever the browser's locale (the
 * browser's own date box shows US order in many UK set-ups). Typing is allowed; a day that is not
 * written dd/MM/yyyy is refused by the picker's own validation message.
 */
export function UkDatePicker({ id, value, onChange, className, calendarLabel = 'Open the calendar', ...rest }: UkDatePickerProps) {
  return (
    <DatePicker
      // The calendar icon is a button named by the input's id, which a Field replaces with its
      // own: without a name of its own it has none (axe: aria-command-name).
      contentAfter={{ 'aria-label': calendarLabel, 'aria-labelledby': undefined }}
      id={id}
      className={className}
      aria-label={rest['aria-label']}
      value={value ? isoToLocalDate(value) : null}
      onSelectDate={(d) => onChange(d ? localDateToIso(d) : null)}
      formatDate={(d) => (d ? isoToUk(localDateToIso(d)) : '')}
      parseDateFromString={(text) => {
        const iso = ukToIso(text);
        return iso ? isoToLocalDate(iso) : null;
      }}
      allowTextInput
      firstDayOfWeek={MONDAY}
      placeholder="dd/mm/yyyy"
      showGoToToday
    />
  );
}
