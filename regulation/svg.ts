/**
 * Graphviz DOT to SVG with Graphviz itself, compiled to WebAssembly (no
 * system package needed). The instance is created once.
 *
 * @module
 */
import { instance, type Viz } from '@viz-js/viz';

let viz: Promise<Viz> | undefined;

export async function renderSvg(dot: string): Promise<string> {
  viz ??= instance();
  return (await viz).renderString(dot, { format: 'svg' });
}
