/**
 * The regulation's YAML in CodeMirror 6: completion and hover docs from the
 * regulation's JSON Schema (codemirror-json-schema), and the API's problems
 * shown in place (lint gutter and underlines) at their line and column.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { yaml, yamlLanguage } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  foldKeymap,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  hoverTooltip,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { stateExtensions, updateSchema } from 'codemirror-json-schema';
import { yamlCompletion, yamlSchemaHover } from 'codemirror-json-schema/yaml';
import { useEffect, useRef, type RefObject } from 'react';
import type { DraftValidation } from './queries.js';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';

type JsonSchema = Parameters<typeof updateSchema>[1];

/** A problem's place in the text: from its column to the end of the word there (the whole line when empty). */
function range(doc: Text, line: number, column: number): { from: number; to: number } {
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  const from = Math.min(at.from + Math.max(column - 1, 0), at.to);
  const word = /^[^\s:,{}[\]]+/.exec(doc.sliceString(from, at.to));
  const to = word ? from + word[0].length : at.to;
  return to > from ? { from, to } : { from: at.from, to: at.to };
}

export function toDiagnostics(doc: Text, problems: DraftValidation['problems']): Diagnostic[] {
  return problems.map((p) => ({
    ...(p.line !== null ? range(doc, p.line, p.column ?? 1) : { from: 0, to: Math.min(doc.line(1).to, doc.length) }),
    severity: 'error' as const,
    message: p.pointer ? `${p.message} (${p.pointer})` : p.message,
    source: 'reglament',
  }));
}

/** Puts the cursor at the start of a line and scrolls it into the middle of the editor. */
export function goToLine(view: EditorView, line: number): void {
  const at = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
  const head = at.from + (at.text.length - at.text.trimStart().length);
  view.dispatch({ selection: { anchor: head }, effects: EditorView.scrollIntoView(head, { y: 'center' }) });
  view.focus();
}

/** The line where a stage is declared (`- key: <stage>` or `- { key: <stage>, … }`), if any. */
export function stageLine(text: string, key: string): number | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\s*-\\s*(\\{\\s*)?key:\\s*['"]?${escaped}['"]?\\s*(,|}|$|#)`);
  const index = text.split('\n').findIndex((l) => pattern.test(l));
  return index < 0 ? undefined : index + 1;
}

export function YamlEditor(props: {
  initial: string;
  label: string;
  schema: Record<string, unknown> | undefined;
  problems: DraftValidation['problems'];
  onChange: (text: string) => void;
  viewRef: RefObject<EditorView | null>;
}) {
  const host = useRef<HTMLDivElement>(null);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  useEffect(() => {
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: props.initial,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          foldGutter(),
          highlightSpecialChars(),
          drawSelection(),
          highlightActiveLine(),
          history(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          // Tab is not bound (defaultKeymap leaves it): it moves the focus on, so the editor is no keyboard trap.
          keymap.of([
            ...closeBracketsKeymap,
            ...completionKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            ...foldKeymap,
            ...lintKeymap,
          ]),
          yaml(),
          autocompletion({ activateOnTyping: true }),
          yamlLanguage.data.of({ autocomplete: yamlCompletion() }),
          hoverTooltip(yamlSchemaHover()),
          stateExtensions(),
          lintGutter(),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': props.label }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChange.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    props.viewRef.current = view;
    return () => {
      view.destroy();
      props.viewRef.current = null;
    };
    // The editor is made once per text loaded; later changes come from the person typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.initial]);

  useEffect(() => {
    const view = props.viewRef.current;
    if (view && props.schema) updateSchema(view, props.schema as JsonSchema);
  }, [props.schema, props.viewRef, props.initial]);

  useEffect(() => {
    const view = props.viewRef.current;
    if (view) view.dispatch(setDiagnostics(view.state, toDiagnostics(view.state.doc, props.problems)));
  }, [props.problems, props.viewRef]);

  return <div className="yaml-editor" ref={host} />;
}
