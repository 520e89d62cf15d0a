/**
 * One Adaptive Card rendered by Microsoft's `adaptivecards` renderer, as Teams would show it. The
 * renderer is loaded only when a card is first shown (it is not part of the first screen). Its
 * Execute and Submit buttons go to `onAction`; Open buttons navigate within the tab.
 */
import { useEffect, useId, useRef } from 'react';
import type { AdaptiveCard } from '../../../core/cards/reminder-card';
import type { ThemeName } from '../../../host/host-context';
import { cardCss, cardHostConfig } from './cardHostConfig';

export type RenderedCardProps = Readonly<{
  card: AdaptiveCard;
  theme: ThemeName;
  /** a button carrying data (Action.Execute or its Action.Submit fallback) was pressed */
  onAction: (data: Record<string, unknown>) => void;
}>;

export function RenderedCard({ card, theme, onAction }: RenderedCardProps) {
  const host = useRef<HTMLDivElement>(null);
  const scope = `card-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const act = useRef(onAction);
  act.current = onAction;

  useEffect(() => {
    let cancelled = false;
    void import('adaptivecards').then((AC) => {
      if (cancelled || !host.current) {
        return;
      }
      const ac = new AC.AdaptiveCard();
      ac.hostConfig = new AC.HostConfig(cardHostConfig(theme));
      ac.onExecuteAction = (action) => {
        if (action instanceof AC.OpenUrlAction) {
          if (action.url) {
            window.location.assign(action.url);
          }
          return;
        }
        if (action instanceof AC.SubmitAction || action instanceof AC.ExecuteAction) {
          act.current({ ...((action.data ?? {}) as Record<string, unknown>) });
        }
      };
      ac.parse(card);
      const element = ac.render();
      if (element) {
        host.current.replaceChildren(element);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [card, theme]);

  return (
    <div className={scope}>
      <style>{cardCss(theme, `.${scope}`)}</style>
      <div ref={host} />
    </div>
  );
}
