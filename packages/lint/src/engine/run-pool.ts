/** Run `task` over `items` with at most `limit` in flight, keeping results in input order. */
export async function runPool<Item, Result>(
  items: ReadonlyArray<Item>,
  limit: number,
  task: (item: Item) => Promise<Result>
): Promise<Result[]> {
  const results = new Array<Result>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index] as Item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
