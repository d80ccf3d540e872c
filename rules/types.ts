/**
 * What a regulation writes for the rules: json-rules-engine rules and the
 * templates they suggest. The regulation model re-exports these; the rules
 * folder depends on nothing above it.
 *
 * @module
 */

/** A json-rules-engine rule, as the regulation writes it. */
export interface RuleDefinition {
  name?: string;
  priority?: number;
  conditions: Record<string, unknown>;
  event: { type: string; params?: Record<string, unknown> };
}

/** A proposal, e-mail or call script the template rules can suggest, rendered with Handlebars. */
export interface TemplateDefinition {
  id: string;
  kind: 'proposal' | 'email' | 'call_script';
  title: string;
  stages: string[];
  industry?: string;
  segment?: string;
  language: string;
  subject?: string;
  body: string;
}
