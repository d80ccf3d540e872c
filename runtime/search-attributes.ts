/**
 * Registers the custom search attributes of `temporal.yaml` on a cluster that
 * lacks them, so deals are findable by stage, owner and regulation on any
 * Temporal, not only on the dev server (which gets them as start flags).
 *
 * @module
 */
import { Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import type { TemporalSettings } from './config.js';

// A CommonJS module: its namespace is reachable only through the default export under ESM.
const { temporal } = proto;

const TYPES: Record<TemporalSettings['searchAttributes'][string], number> = {
  Text: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  Keyword: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Int: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT,
  Double: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  Bool: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  Datetime: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KeywordList: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/** Returns the names it had to add. */
export async function ensureSearchAttributes(address: string, settings: TemporalSettings): Promise<string[]> {
  const connection = await Connection.connect({ address });
  try {
    const existing = await connection.operatorService.listSearchAttributes({ namespace: settings.namespace });
    const known = new Set(Object.keys(existing.customAttributes ?? {}));
    const missing = Object.entries(settings.searchAttributes).filter(([name]) => !known.has(name));
    if (missing.length === 0) return [];
    await connection.operatorService.addSearchAttributes({
      namespace: settings.namespace,
      searchAttributes: Object.fromEntries(missing.map(([name, type]) => [name, TYPES[type]])),
    });
    return missing.map(([name]) => name);
  } finally {
    await connection.close();
  }
}
