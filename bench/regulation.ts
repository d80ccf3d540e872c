/** A five-stage regulation where completing a stage's one task moves the deal on. */
export function benchRegulation(stages = 5): string {
  const lines = ['id: bench_five', 'title: Benchmark, five stages', 'stages:'];
  for (let i = 1; i <= stages; i++) {
    lines.push(
      `  - key: stage_${i}`,
      `    title: Stage ${i}`,
      `    tasks: [{ key: task_${i}, title: Task ${i}, due: PT${i}H }]`,
      `    advance: ${i === stages ? 'won' : `stage_${i + 1}`}`,
      `    on: { LOST: { to: lost, enforce: false } }`,
    );
  }
  lines.push('  - { key: won, title: Won, final: won }', '  - { key: lost, title: Lost, final: lost }');
  return lines.join('\n') + '\n';
}
