import { z } from 'zod';

/** How a 政府信息公开指南 says a request may be made. */
export const ApplyChannel = z.enum(['online', 'letter', 'fax', 'in-person', 'email']);
export type ApplyChannel = z.infer<typeof ApplyChannel>;

/**
 * The facts people look for in a 政府信息公开指南 (`stats` of its document item): the office that takes requests
 * (受理机构) and how to reach it, the ways to apply, and what it costs. Values as printed.
 */
export const GuideFacts = z.object({
  office: z
    .object({
      name: z.string().optional(),
      address: z.string().optional(),
      hours: z.string().optional(),
      phone: z.string().optional(),
      fax: z.string().optional(),
      postcode: z.string().optional(),
      email: z.string().optional(),
    })
    .optional(),
  applyBy: z.array(ApplyChannel).optional(),
  /** The sentence on fees (收费 / 不收取费用), as printed. */
  fees: z.string().optional(),
});
export type GuideFacts = z.infer<typeof GuideFacts>;
