/**
 * What a column says while a card is dragged over it, from the deal's moves
 * (`GET /deals/{id}/moves`, read ahead on hover): a move leads there and is
 * allowed, is refused now (with the reasons), or no move leads there. Pure,
 * so the drop and the keyboard menu decide alike.
 *
 * @module
 */
import type { DealMove } from './queries.js';

export type DropVerdict =
  | { kind: 'allowed'; move: DealMove }
  | { kind: 'refused'; move: DealMove }
  | { kind: 'none' }
  | { kind: 'same' }
  | { kind: 'checking' };

export function dropVerdict(fromStage: string, toStage: string, moves: DealMove[] | undefined): DropVerdict {
  if (fromStage === toStage) return { kind: 'same' };
  if (!moves) return { kind: 'checking' };
  const leading = moves.filter((m) => m.to === toStage);
  const allowed = leading.find((m) => m.allowed);
  if (allowed) return { kind: 'allowed', move: allowed };
  if (leading[0]) return { kind: 'refused', move: leading[0] };
  return { kind: 'none' };
}
