import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ActorName, ActorResolver } from './actorNames';

/** The name to show: the server's own actors carry an Indonesian label, translated like any text. */
export const shownName = (who: ActorName, t: TFunction): string => (who.kind === 'system' ? t(who.name) : who.name);

/** A name with its id in brackets, for a sentence (tables show them apart). */
export const nameWithId = (who: ActorName, t: TFunction): string =>
  who.kind === 'unknown' ? who.id : `${shownName(who, t)} (${who.id})`;

/**
 * Who did something, by name, with the raw id kept beside it in small type (and as the tooltip): HQ filters the
 * audit log by that id when it investigates. An id nobody is known by shows once, as itself.
 */
export function ActorLabel({ actor, names }: { actor: string; names: ActorResolver }) {
  const { t } = useTranslation();
  const who = names(actor);
  const known = who.kind !== 'unknown';
  return (
    <span className="hq-actor" title={actor} data-testid="actor" data-actor={actor} data-kind={who.kind}>
      <span className="hq-actor-name" data-testid="actor-name">
        {shownName(who, t)}
      </span>
      {who.detail ? <span className="small muted"> · {who.detail}</span> : null}
      {known ? <span className="hq-actor-id hq-mono small muted">{actor}</span> : null}
    </span>
  );
}
