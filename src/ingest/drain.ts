/** The values of `list` in order, each removed from it as it is taken (so that it can be freed once used). */
export function* drain<T>(list: T[]): Generator<T> {
  list.reverse();
  while (list.length > 0) yield list.pop()!;
}
