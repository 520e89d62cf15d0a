/** Validates a card with Microsoft's own `adaptivecards` parser at 1.5: every event and failure, as text. */
import * as AC from 'adaptivecards';

export function cardProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i += 1) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[e.event]} ${e.message}`);
  }
  const results = card.validateProperties();
  for (const e of results.validationEvents) {
    problems.push(`validate: ${AC.ValidationEvent[e.event]} ${e.message}`);
  }
  return problems;
}
