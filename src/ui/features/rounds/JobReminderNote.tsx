/**
 * Microsoft 365 mode: the tab cannot send as the bot, so a round's reminders are the hosted
 * job's. Say when it nudges those still missing, from the same schedule the job uses
 * (core/round-reminder-policy.ts), instead of offering a button that cannot send.
 */
import { Text } from '@fluentui/react-components';
import { londonDateOf, type IsoDate } from '../../../core/dates';
import { nextRoundNudge, ROUND_NUDGE_OFFSETS, type RoundNudge } from '../../../core/round-reminder-policy';
import type { RoundView } from '../../../core/update-round';
import { ENGLAND_AND_WALES } from '../../../core/working-days';
import { formatDay } from '../../shared/format';

const which = (nudge: RoundNudge): string => (nudge.rule === 'opened' ? 'the round’s first reminder' : `${nudge.rule.slice('before-'.length)} days before the meeting`);

export function JobReminderNote({ view, today }: { view: RoundView; today: IsoDate }) {
  const when = `when the round opens, then ${ROUND_NUDGE_OFFSETS.join(' and ')} days before the meeting`;
  const intro = `In Microsoft 365, the hosted reminder job nudges owners still to send their update in Teams, on working-day mornings: ${when}.`;
  if (view.missing === 0) {
    return <Text data-testid="round-job-note">{intro} Everyone has sent theirs, so nobody will be nudged.</Text>;
  }
  const next = nextRoundNudge(londonDateOf(new Date(view.openedAt)), view.meetingDate, today, ENGLAND_AND_WALES);
  return (
    <Text data-testid="round-job-note">
      {intro} {next ? `Next: the morning of ${formatDay(next.date)} (${which(next)}).` : 'No more reminders are due before the meeting.'}
    </Text>
  );
}
