import { Select } from '@fluentui/react-components';
import { RAGS, ragLabel, type Rag } from '../../core/rag';

export type RagChoice = Rag | 'none' | 'any';

/** A RAG filter as a native select, each RAG by its name: any, one of the four, or none set. */
export function RagSelect({ value, onChange, className, size }: { value: RagChoice; onChange: (value: RagChoice) => void; className?: string; size?: 'small' | 'medium' }) {
  return (
    <Select size={size} className={className} value={value} onChange={(e) => onChange(e.target.value as RagChoice)}>
      <option value="any">Any RAG</option>
      {RAGS.map((r) => (
        <option key={r} value={r}>
          {ragLabel(r)}
        </option>
      ))}
      <option value="none">No RAG set</option>
    </Select>
  );
}
