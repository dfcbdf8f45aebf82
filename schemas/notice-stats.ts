/**
 * What a notice that issues catalogues declares about them (seed 004: 就业 9/25, 社会保险 9/78), kept in
 * CatalogItem.stats so a check can compare it with the ingested workbooks.
 */
import { z } from 'zod';

export const DeclaredCount = z.object({
  /** The 领域 as written before 领域 (就业, 社会保险). */
  domain: z.string(),
  level1: z.number().int().nonnegative(),
  level2: z.number().int().nonnegative(),
  level3: z.number().int().nonnegative().optional(),
});
export type DeclaredCount = z.infer<typeof DeclaredCount>;

export const NoticeStats = z.object({ declaredCounts: z.array(DeclaredCount) });
export type NoticeStats = z.infer<typeof NoticeStats>;
