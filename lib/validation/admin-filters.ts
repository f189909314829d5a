import { z } from 'zod';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

/** The admin order list's filters, from the address (anything malformed is simply ignored). */
const orderFiltersSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  paid: z.enum(['yes', 'no']).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});

export type OrderFilters = z.infer<typeof orderFiltersSchema>;

export function parseOrderFilters(
  params: Record<string, string | string[] | undefined>,
): OrderFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const raw = Object.fromEntries(
    ['page', 'paid', 'from', 'to', 'q'].map((key) => [key, first(params[key]) || undefined]),
  );
  return orderFiltersSchema.parse(raw);
}
