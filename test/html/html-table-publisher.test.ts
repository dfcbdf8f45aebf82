/** A catalogue page's title names the publisher of its table's rows, also when the title names a 领域 after the place. */
import { expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest-file.js';

it('takes the publisher from a 标准目录 title that names the place, then the 领域', async () => {
  const page = `<!doctype html><html><head><title>目录</title></head><body><h1>XX县就业领域基层政务公开标准目录</h1>
<table><tr><th>序号</th><th>事项名称</th><th>公开内容</th><th>公开时限</th></tr>
<tr><td>1</td><td>岗位信息发布</td><td>岗位信息</td><td>实时公开</td></tr></table></body></html>`;
  const result = await ingestFile('page.html', new TextEncoder().encode(page));
  expect(result.items.map((i) => [i.name, i.publisher])).toEqual([['岗位信息发布', 'XX县']]);
});
