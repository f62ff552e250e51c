import { describe, expect, it } from 'vitest';
import { readabilityBlocks } from '../../src/html/readability.js';

const P = [
  'Sáng 21/7, Tỉnh ủy tổ chức hội nghị trực tuyến đánh giá kết quả thực hiện Đề án số 19 về công tác cải cách hành chính giai đoạn 2016 - 2020, với sự tham gia của các sở, ngành.',
  'Theo báo cáo, tỉnh đã cắt giảm 315 người trong biên chế, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%; 100% thủ tục hành chính được niêm yết công khai tại trụ sở các cơ quan.',
  'Đồng chí Nguyễn Văn Vịnh, Bí thư Tỉnh ủy, đề nghị các cấp, các ngành tiếp tục đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân và doanh nghiệp trong năm tới.',
];

describe('readabilityBlocks', () => {
  it('finds the article of a plain page, one block per paragraph', () => {
    const html = `<html><body><div id="menu"><a href="/">Trang chủ</a> <a href="/a">Tin tức</a></div><article>${P.map((p) => `<p>${p}</p>`).join('')}</article><div id="footer">Bản quyền</div></body></html>`;
    const { blocks } = readabilityBlocks(html, null);
    expect(blocks.map((b) => b.text)).toEqual(P);
    expect(blocks.every((b) => b.role === 'paragraph' || b.role === 'lead')).toBe(true);
  });

  it('drops the headline and trims a byline off the end', () => {
    const html = `<html><body><article><h1>Đánh giá Đề án số 19</h1>${P.map((p) => `<p>${p}</p>`).join('')}<p>Hoàng Minh</p></article></body></html>`;
    expect(readabilityBlocks(html, 'Đánh giá Đề án số 19').blocks.map((b) => b.text)).toEqual(P);
  });

  it('finds nothing on an empty page, and never throws', () => {
    expect(readabilityBlocks('', null).blocks).toEqual([]);
    expect(readabilityBlocks('<html><body></body></html>', null).blocks).toEqual([]);
    expect(() => readabilityBlocks('<<<>>>'.repeat(1000), null)).not.toThrow();
  });

  it('declines pages with too many elements rather than run for seconds', () => {
    const { blocks } = readabilityBlocks(`<div>${'Dòng ngắn<br>'.repeat(50_000)}</div>`, null);
    expect(blocks).toEqual([]);
  });
});
