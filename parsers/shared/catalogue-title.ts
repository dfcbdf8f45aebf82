/**
 * The title line of a catalogue page names its publisher: `衡阳市人力资源和社会保障局政府信息主动公开事项目录`.
 * Read from the first lines only; a body sentence that happens to end in 目录 must not qualify.
 */
const TITLE = /^(.{2,40}?(?:局|委员会|委|办公室|办|厅|人民政府|政府|中心|院|部|署|会|街道|镇|乡))(?:政府信息|政务)?(?:主动)?公开(?:事项)?(?:标准)?目录$/;

export function publisherFromTitle(lines: string[], scan = 12): string | undefined {
  for (const line of lines.slice(0, scan)) {
    const m = TITLE.exec(line.trim());
    if (m) return m[1];
  }
  return undefined;
}
