/** An A55-style list page (`page`, `limit`, `total`, `pages`) around the rows one offset query returned. */
export function offsetPage<T>(query: { page: number; limit: number }, total: number, rows: T[]) {
  return { page: query.page, limit: query.limit, total, pages: Math.ceil(total / query.limit), rows };
}
