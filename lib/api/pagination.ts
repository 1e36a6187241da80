import { z } from "zod";

export const paginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

export type PageParams = z.infer<typeof paginationQuery>;

export interface Page<T> {
  data: T[];
  pagination: { total: number; limit: number; offset: number; hasMore: boolean };
}

export function page<T>(data: T[], total: number, { limit, offset }: PageParams): Page<T> {
  return { data, pagination: { total, limit, offset, hasMore: offset + data.length < total } };
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    pagination: z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), hasMore: z.boolean() }),
  });
}
