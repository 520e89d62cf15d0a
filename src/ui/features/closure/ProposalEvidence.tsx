import { Link, Subtitle2, Text } from '@fluentui/react-components';
import type { ProposalView } from '../../../ports/closure-client';
import { formatInstant } from '../../shared/format';
import { useClosureStyles } from './Closure.styles';

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** A pending proposal: who and when, what they wrote, and the evidence to open (a link, a file). */
export function ProposalEvidence({ proposal, headingLevel, headingId }: { proposal: ProposalView; headingLevel: 'h3' | 'h4'; headingId?: string }) {
  const styles = useClosureStyles();
  const external = (url: string) => /^https?:/i.test(url);
  return (
    <div className={styles.proposal} data-testid="closure-proposal">
      <Subtitle2 as={headingLevel} id={headingId}>
        Closure proposed by {proposal.byName} on {formatInstant(proposal.at)}
      </Subtitle2>
      <Text as="p" className={styles.longText}>
        {proposal.note}
      </Text>
      <ul className={styles.evidence} aria-label="Evidence">
        {proposal.link ? (
          <li>
            Link:{' '}
            <Link href={proposal.link} target="_blank" rel="noreferrer">
              {proposal.link}
            </Link>
          </li>
        ) : null}
        {proposal.file ? (
          <li>
            File:{' '}
            {proposal.file.url ? (
              <Link href={proposal.file.url} {...(external(proposal.file.url) ? { target: '_blank', rel: 'noreferrer' } : { download: proposal.file.name })}>
                {proposal.file.name}
              </Link>
            ) : (
              proposal.file.name
            )}{' '}
            ({size(proposal.file.size)})
          </li>
        ) : null}
      </ul>
    </div>
  );
}
