import { describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '../../regulation/types.js';
import { suggestTemplates } from '../../rules/templates.js';

const t = (over: Partial<TemplateDefinition> & { id: string }): TemplateDefinition => ({
  kind: 'proposal',
  title: over.id,
  stages: [],
  language: 'ru',
  body: 'Dear {{client.name}}, budget {{fields.budget}}',
  ...over,
});

const library = [
  t({ id: 'generic' }),
  t({ id: 'construction', industry: 'construction', stages: ['proposal'], subject: 'Proposal for {{client.name}}' }),
  t({ id: 'banking', industry: 'banking' }),
  t({ id: 'followup_mail', kind: 'email', body: 'Hello {{manager.name}} & {{client.name}} <b>' }),
  t({ id: 'english', language: 'en' }),
];
const data = { client: { name: 'OOO "Reforma"' }, fields: { budget: 5_000_000 }, manager: { name: 'Anna' } };

describe('template suggestions', () => {
  it('should rank the stage- and industry-specific template first and render it', () => {
    const s = suggestTemplates(library, [{ kind: 'proposal', industry: 'construction', language: 'ru' }], {
      stage: 'proposal',
      data,
    });
    expect(s.map((x) => x.id)).toEqual(['construction', 'generic']);
    expect(s[0]).toMatchObject({
      subject: 'Proposal for OOO "Reforma"',
      body: 'Dear OOO "Reforma", budget 5000000',
      score: 6,
    });
  });

  it('should drop templates of another stage, industry, kind or language', () => {
    const s = suggestTemplates(library, [{ kind: 'proposal', industry: 'banking', language: 'ru' }], {
      stage: 'invoice',
      data,
    });
    expect(s.map((x) => x.id)).toEqual(['banking', 'generic']);
  });

  it('should not escape text as HTML', () => {
    const [mail] = suggestTemplates(library, [{ kind: 'email' }], { stage: 'any', data });
    expect(mail?.body).toBe('Hello Anna & OOO "Reforma" <b>');
  });

  it('should honour named templates and limits, and suggest nothing without a matching rule', () => {
    expect(
      suggestTemplates(library, [{ templateIds: ['english', 'generic'], limit: 1 }], { stage: 'x', data }).map(
        (x) => x.id,
      ),
    ).toEqual(['english']);
    expect(suggestTemplates(library, [], { stage: 'x', data })).toEqual([]);
  });
});
