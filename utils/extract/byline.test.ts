import { describe, expect, it } from 'vitest';
import { bylineName, withoutSiteName } from './byline';

describe('bylineName', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Miguel Ortega\n      |\n      June 10, 2025', 'Miguel Ortega'],
    ['Von Katrin Vogel | 12.06.2025, 14:05 Uhr | Lesezeit: 2 Min.', 'Katrin Vogel'],
    ['بقلم: سارة الحسن', 'سارة الحسن'],
    ['מאת דנה לוי', 'דנה לוי'],
    ['Por Ana García · 3 de junio de 2025', 'Ana García'],
    ['12-06-2025 | CNN', 'CNN'],
    ['Submitted by Daphney Choshi', 'Daphney Choshi'],
    ['Article By: Phoenix Miles', 'Phoenix Miles'],
    ['Published on | Katie Baldwin', 'Katie Baldwin'],
    ['Jane Doe, John Roe', 'Jane Doe, John Roe'],
    ['Sharon Reporter', 'Sharon Reporter'],
    ['Byron Smith', 'Byron Smith'],
    ['Anna Corpuz', 'Anna Corpuz'],
    ['Jean Co', 'Jean Co'],
    ['出处：pconline', 'pconline'],
    ['来源：南海网 http://www.hinews.cn 时间：', '南海网'],
    ['来源 采财网', '采财网'],
    ['财讯网_提供股票、基金的金融资讯', '财讯网'],
    ['john_doe', 'john_doe'],
    ['Πηγή: Express.gr', 'Express.gr'],
    ['김민수 기자', '김민수'],
    ['김민수 기자 minsu@hanbit-ilbo.test', '김민수'],
    ['워싱턴=박지영 특파원', '박지영'],
  ])('%j is %j', (raw, name) => {
    expect(bylineName(raw)).toBe(name);
  });

  it('drops the outlet after the name when it is the site, and only then', () => {
    expect(withoutSiteName('Ana Souza, Jornal da Serra', 'Jornal da Serra')).toBe('Ana Souza');
    expect(withoutSiteName('Jane Doe, Staff Writer', 'The Courier')).toBe('Jane Doe, Staff Writer');
    expect(withoutSiteName('Jane Doe, John Roe', null)).toBe('Jane Doe, John Roe');
  });

  it.each([
    ['https://example.com/staff/jane'],
    ['jane@example.com'],
    ['A A A'],
    ['Share this news?...Click box'],
    ['Tags'],
    ['Tweet'],
    ['Пожаловаться'],
    ['var addthis_pub="paper"'],
    ['BERLIN —'],
    ['health , women'],
    ['Follow @paper_gr'],
    ['updated'],
    ['Ημερομηνία δημοσίευσης'],
    ['ПО МАТЕРИАЛАМ'],
    ['BDigital Web Solutions'],
    ['AltumNet sp. z o.o.'],
    ['e-go.gr , Pegasus Interactive'],
    ['John Wiley & Sons Ltd'],
    ['Interline Pro Co.'],
    ['Data utworzenia'],
    ['Автор'],
    ['Последнее обновление'],
    ['字体大小'],
    ['KUP LICENCJĘ'],
    ['时间'],
    ['责任编辑:'],
    ['June 10, 2025'],
    [''],
    [null],
  ])('%j is no name', (raw) => {
    expect(bylineName(raw)).toBeNull();
  });
});
