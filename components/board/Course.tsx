import { useState } from 'preact/hooks';
import { citation } from '@/lib/board/cite';
import type { ActorInfo } from '@/lib/board/filter';
import type { MergedDemand, Sighting } from '@/lib/board/group';
import { MAX_STRENGTH, type Strength, strengthOf } from '@/lib/board/strength';
import { phrase } from '@/lib/demand-phrase';
import { quoteFrom, quoteUrl } from '@/lib/page/anchor';
import { formatDay } from '../popup/format';

interface Props {
  demand: MergedDemand;
  actors: ReadonlyMap<string, ActorInfo>;
}

/** Filled steps out of the scale: escalation reads as the meter growing down the timeline. */
export function StrengthMeter({ strength }: { strength: Strength }) {
  const { level, label } = strength;
  return (
    <span class="strength" data-level={level} title={`${label} (${level} of ${MAX_STRENGTH})`}>
      <span class="steps" aria-hidden="true">
        {Array.from({ length: MAX_STRENGTH }, (_, i) => (
          <span key={i} class={i < level ? 'on' : ''} />
        ))}
      </span>
      <span class="label">{label}</span>
    </span>
  );
}

/** The sentence with the demanded words marked, as text nodes only. */
function Sentence({ s }: { s: Sighting }) {
  const at = s.sentence.indexOf(s.text);
  if (at < 0) return <q>{s.sentence}</q>;
  return (
    <q>
      {s.sentence.slice(0, at)}
      <mark>{s.text}</mark>
      {s.sentence.slice(at + s.text.length)}
    </q>
  );
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      class="small"
      onClick={async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      {copied ? 'Copied' : 'Copy with source'}
    </button>
  );
}

/** Each time the demand was seen, oldest first: date, site, verb and its strength, the sentence. */
export function Course({ demand, actors }: Props) {
  const nameOf = (key: string) => (key ? (actors.get(key)?.name ?? key) : null);
  const target = nameOf(demand.targetKey);
  return (
    <ol class="course" aria-label={`Course of “${demand.text}”`}>
      {demand.sightings.map((s) => {
        const { verb } = phrase(s.cue, s.text, target ? [target] : []);
        return (
          <li key={s.id}>
            <div class="when">
              <time dateTime={new Date(s.date).toISOString()}>{formatDay(s.date)}</time>
              <span class="site">{s.site}</span>
            </div>
            <div class="what">
              <span class="verb">{verb}</span> <StrengthMeter strength={strengthOf(s.cue)} />
              <p class="sentence">
                <Sentence s={s} />
              </p>
              <p class="actions">
                <a href={quoteUrl(s.url, quoteFrom(s.sentence, s.text))} target="_blank" rel="noreferrer">
                  Open at passage<span class="visually-hidden">: {s.title || s.url}</span>
                </a>
                <CopyButton
                  text={citation({
                    actorName: nameOf(s.actorKey) ?? 'Someone',
                    targetName: target,
                    cue: s.cue,
                    text: s.text,
                    site: s.site,
                    date: s.date,
                    url: s.url,
                  })}
                />
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
