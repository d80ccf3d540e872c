/**
 * A deal's stage by its title in the deal's own regulation version (read
 * once per version and cached), the key while that loads. Shared by the
 * deals list and the company card.
 *
 * @module
 */
import { useRegulation } from '../deal/queries.js';

export function StageTitle({ d }: { d: { regulationId: string; regulationVersion: number; stage: string } }) {
  const reg = useRegulation(d.regulationId, d.regulationVersion).data?.regulation;
  return <>{reg?.stages.find((s) => s.key === d.stage)?.title ?? d.stage}</>;
}
