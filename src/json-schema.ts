/** The JSON Schema of CatalogItem, generated from the zod schema (never written by hand). */
import { z } from 'zod';
import { CatalogItem } from '../schemas/catalog-item.js';

export function catalogItemJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CatalogItem, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
