import { Avatar, Combobox, Option, type ComboboxProps } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PersonRef } from '../../core/model';
import type { Person } from '../../ports/directory';

export type PersonPickerProps = Readonly<{
  value: PersonRef | null;
  onChange: (person: PersonRef | null) => void;
  search: (text: string) => Promise<readonly Person[]>;
  id?: string;
  'aria-describedby'?: string;
}>;

const DEBOUNCE_MS = 250;

/** Finds a person in the directory as you type (debounced); Escape or clearing removes the owner. */
export function PersonPicker({ value, onChange, search, id, ...aria }: PersonPickerProps) {
  const [text, setText] = useState(value?.displayName ?? '');
  const [people, setPeople] = useState<readonly Person[]>([]);

  // Keyed on who the owner is, not on the object: a parent re-rendering with an equal value
  // must not wipe what the person is typing.
  const valueId = value?.id ?? null;
  const valueName = value?.displayName ?? '';
  useEffect(() => setText(valueName), [valueId, valueName]);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      search(text === valueName ? '' : text)
        .then((found) => !cancelled && setPeople(found))
        .catch(() => !cancelled && setPeople([]));
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, search, valueName]);

  const onOptionSelect: ComboboxProps['onOptionSelect'] = (_e, data) => {
    // Typing over a chosen name makes the Combobox drop its selection: that is not a choice. The owner
    // changes when a person is picked, or when the box is emptied (onChange below), never mid-word.
    if (data.optionValue === undefined) {
      return;
    }
    const person = people.find((p) => p.id === data.optionValue);
    onChange(person ? { id: person.id, displayName: person.displayName } : null);
  };

  return (
    <Combobox
      id={id}
      {...aria}
      freeform
      clearable
      placeholder="Type a name, role or initials"
      value={text}
      // while the person types over the owner's name, nothing is selected: Fluent would otherwise
      // put the selected option's text back after each keystroke
      selectedOptions={value && text === valueName ? [value.id] : []}
      onChange={(e) => {
        setText(e.target.value);
        if (e.target.value === '') {
          onChange(null);
        }
      }}
      onOptionSelect={onOptionSelect}
    >
      {people.map((p) => (
        <Option key={p.id} value={p.id} text={p.displayName}>
          {/* initials, not photos: no extra Graph permission and no request per person */}
          <Avatar name={p.displayName} size={24} aria-hidden="true" />
          <span>
            {p.displayName}
            {p.jobTitle ? ` — ${p.jobTitle}` : ''}
          </span>
        </Option>
      ))}
      {people.length === 0 ? (
        <Option key="none" value="" disabled text="">
          No one matches
        </Option>
      ) : null}
    </Combobox>
  );
}
