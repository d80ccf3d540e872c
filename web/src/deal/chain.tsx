/**
 * Chained regulations on the deal card: the deal whose close started this one,
 * and the deals this one's close started (won → after-sale, lost for timing →
 * nurture…), each a link to its card.
 *
 * @module
 */
import { useI18n } from '../i18n/index.js';
import { Link } from '../ui/link.js';
import type { DealCard } from './queries.js';

type Chained = NonNullable<NonNullable<DealCard['chain']>['predecessor']>;

function ChainedLink({ deal, before }: { deal: Chained; before: boolean }) {
  const { t } = useI18n();
  const why = deal.startedBy.reason
    ? t('deal.chain.closedWith', { stage: deal.startedBy.stage, reason: deal.startedBy.reason })
    : deal.startedBy.stage;
  return (
    <>
      <Link to={`/deal/${deal.dealId}`}>
        {t(before ? 'deal.chain.dealBefore' : 'deal.chain.dealAfter', { regulation: deal.regulationId })}
      </Link>{' '}
      <span className="muted">({why})</span>
    </>
  );
}

export function DealChain({ chain }: { chain: DealCard['chain'] }) {
  const { t } = useI18n();
  if (!chain || (!chain.predecessor && chain.successors.length === 0)) return null;
  return (
    <section aria-label={t('deal.chain.title')}>
      {chain.predecessor && (
        <p>
          {t('deal.chain.startedBy')} <ChainedLink deal={chain.predecessor} before />
        </p>
      )}
      {chain.successors.map((s) => (
        <p key={s.dealId}>
          {t('deal.chain.next')} <ChainedLink deal={s} before={false} />
        </p>
      ))}
    </section>
  );
}
