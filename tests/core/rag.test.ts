import { describe, expect, it } from 'vitest';
import { parseRag, readStatus, worstRag, ragLabel } from '../../src/core/rag';

describe('readStatus: RAG and lifecycle from a tracker cell', () => {
  it.each([
    ['GREEN', 'GREEN', null, false],
    ['NEW GREEN', 'GREEN', null, true],
    ['new white', 'WHITE', null, true],
    ['AMBER', 'AMBER', null, false],
    ['CLOSED', null, 'closed', false],
    ['NEW CLOSED', null, 'closed', true],
    ['TBD', null, null, false],
    ['', null, null, false],
    [null, null, null, false],
  ])('%j → rag %s, lifecycle %s, marked new %s', (text, rag, lifecycle, markedNew) => {
    expect(readStatus(text)).toEqual({ rag, lifecycle, markedNew });
  });

  it('refuses an unknown status, listing the allowed values', () => {
    expect(() => readStatus('PURPLE', 'status')).toThrow(
      'status: unknown status; allowed: GREEN, AMBER, RED, WHITE, NEW <RAG>, CLOSED, NEW CLOSED, TBD or blank ("PURPLE")'
    );
  });
});

describe('RAG helpers', () => {
  it('parses a RAG given directly and refuses anything else', () => {
    expect(parseRag('red')).toBe('RED');
    expect(parseRag('')).toBeNull();
    expect(() => parseRag('BLUE', 'rag')).toThrow('rag: allowed: GREEN, AMBER, RED, WHITE or not set ("BLUE")');
  });

  it('finds the worst RAG, ignoring unset and treating WHITE as least severe', () => {
    expect(worstRag(['GREEN', 'RED', 'AMBER'])).toBe('RED');
    expect(worstRag([null, 'WHITE', 'GREEN'])).toBe('GREEN');
    expect(worstRag([null])).toBeNull();
  });

  it('labels RAG in words, never colour alone', () => {
    expect(ragLabel('AMBER')).toBe('Amber');
    expect(ragLabel(null)).toBe('Not set');
  });
});
