/**
 * Terminal output: colours only on a TTY (and never with NO_COLOR).
 *
 * @module
 */
import { styleText } from 'node:util';

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
type Style = Parameters<typeof styleText>[0];
const paint = (style: Style) => (text: string) => (useColour ? styleText(style, text) : text);

export const c = {
  ok: paint('green'),
  bad: paint('red'),
  dim: paint('gray'),
  bold: paint('bold'),
  info: paint('cyan'),
  warn: paint('yellow'),
};

export function step(line: string) {
  console.log(`${c.dim('›')} ${line}`);
}
