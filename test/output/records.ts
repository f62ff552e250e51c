// Sample records for the writer tests (sentences written for these tests).
import type { ErrorRecord, OkRecord } from '../../src/schema.js';

export const okRecord: OkRecord = {
  source: 'bao-cao/tinh-a.txt',
  title: 'Sơ kết 6 tháng cải cách hành chính, "quyết liệt" hơn',
  published: '2021-07-05',
  language: 'vie',
  province: 'Bắc Kạn',
  dates: [{ text: 'ngày 05/7/2021', span: [0, 14], value: '2021-07-05', yearImplied: false, time: '08:30' }],
  periods: [{ text: 'giai đoạn 2021 - 2025', span: [20, 41], from: '2021', to: '2025' }],
  officials: [{ text: 'Phó Chủ tịch UBND tỉnh Lê Văn Bình', span: [50, 84], name: 'Lê Văn Bình', roles: ['Phó Chủ tịch UBND tỉnh', 'Trưởng ban'] }],
  percentages: [{ text: 'trên 97,5%', span: [90, 100], value: 97.5, qualifier: 'over', subject: 'hồ sơ đúng hạn' }],
  counts: [{ text: '1.234/1.300 hồ sơ', span: [110, 127], value: 1234, unit: 'hồ sơ', total: 1300, change: 'increase' }],
  documents: [{ text: 'Quyết định số 12/QĐ-UBND', span: [130, 154], type: 'Quyết định', number: '12/QĐ-UBND', issued: '2021-01-04' }],
  rankings: [{ text: 'xếp thứ 5/63', span: [160, 172], rank: 5, of: 63, subject: 'chỉ số PAR INDEX' }],
  warnings: ['một cảnh báo'],
};

export const emptyRecord: OkRecord = {
  source: 'rong.txt',
  title: null,
  published: null,
  language: 'vie',
  province: null,
  dates: [],
  periods: [],
  officials: [],
  percentages: [],
  counts: [],
  documents: [],
  rankings: [],
  warnings: [],
};

export const errorRecord: ErrorRecord = { source: 'thieu, "mat".txt', error: { code: 'not_found', message: 'thieu.txt: no such file\nline two' } };
