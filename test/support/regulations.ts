/** Small regulation texts for unit tests. */
export const MINIMAL = `
id: mini
title: Minimal
fields:
  budget: { type: number }
stages:
  - key: first
    title: First
    tasks:
      - { key: call, title: Call, due: PT4H }
      - { key: note, title: Note, required: false }
    requiredFields: [budget]
    on:
      NEXT: second
      DROP: { to: lost, enforce: false }
  - key: second
    title: Second
    tasks:
      - { key: meet, title: Meet, due: P1D }
    advance: won
    on:
      DROP: { to: lost, enforce: false }
  - { key: won, title: Won, final: won }
  - { key: lost, title: Lost, final: lost }
`;

/** Nine levels of YAML aliases, nine references each: 9^9 nodes if a parser expanded them. */
export function aliasBomb(): string {
  const names = 'abcdefghi';
  const lines = [`a: &a [${Array(9).fill('x').join(', ')}]`];
  for (let i = 1; i < names.length; i++) {
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(', ')}]`,
    );
  }
  return lines.join('\n');
}
