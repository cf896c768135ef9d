/**
 * Generated news-style articles for crash tests and benchmarks: deterministic for a seed,
 * every body different, English and Russian, with trade figures, targets, counts, documents,
 * events and projects in the sentence shapes the extractor reads.
 */
import { seededRandom } from './seeded-random.ts';

export interface SyntheticArticle {
  name: string;
  text: string;
}

const PARTNERS_EN = ['Kazakhstan', 'Uzbekistan', 'Tajikistan', 'Kyrgyzstan', 'Armenia', 'Georgia', 'Azerbaijan', 'Moldova'];
const PARTNERS_RU = ['Казахстаном', 'Узбекистаном', 'Таджикистаном', 'Кыргызстаном', 'Арменией', 'Грузией', 'Азербайджаном', 'Молдовой'];
const REGIONS_EN = ['Gomel Region', 'Mogilev Region', 'Vitebsk Region', 'Brest Region', 'Grodno Region', 'Minsk Region'];
const REGIONS_RU = ['Гомельской области', 'Могилевской области', 'Витебской области', 'Брестской области', 'Гродненской области', 'Минской области'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_RU = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

export function syntheticArticle(i: number, seed = 1): SyntheticArticle {
  const rnd = seededRandom(seed * 1_000_003 + i);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const p = Math.floor(rnd() * PARTNERS_EN.length);
  const r = Math.floor(rnd() * REGIONS_EN.length);
  const year = 2015 + Math.floor(rnd() * 10);
  const month = Math.floor(rnd() * 12);
  const value = (50 + Math.floor(rnd() * 9000)) / 10;
  const change = (1 + Math.floor(rnd() * 400)) / 10;
  const count = 5 + Math.floor(rnd() * 80);
  const units = 10 + Math.floor(rnd() * 300);
  const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  if (rnd() < 0.35) {
    const body = [
      `Товарооборот Беларуси с ${PARTNERS_RU[p]} за ${year} год составил ${value.toFixed(1).replace('.', ',')} млн долларов, увеличившись на ${change.toFixed(1).replace('.', ',')}%.`,
      `Стороны договорились довести товарооборот до ${Math.ceil(value / 100) * 100 + 100} млн долларов к ${year + 3} году.`,
      `В ${MONTHS_RU[month]} ${year} года в Минске прошло заседание межправительственной комиссии, по итогам которого подписана дорожная карта на ${year + 1}–${year + 3} годы.`,
      `Делегация ${REGIONS_RU[r]} подписала ${count} соглашений с партнерами.`,
      `Минский автомобильный завод поставит ${units} автобусов МАЗ в рамках контракта номер ${i}.`,
    ];
    return { name: `a${String(i).padStart(6, '0')}.md`, text: `---\ntitle: "Сотрудничество ${i}"\ndate: ${date}\nlang: ru\nurl: https://example.org/ru/${i}\n---\n${body.join(' ')}\n` };
  }
  const body = [
    `In ${year}, trade between Belarus and ${PARTNERS_EN[p]} amounted to $${value.toFixed(1)} million, up ${change.toFixed(1)}% year on year.`,
    `The sides agreed to bring trade to $${Math.ceil(value / 100) * 100 + 100} million by ${year + 3}.`,
    `The ${1 + (i % 20)}th meeting of the intergovernmental commission was held in Minsk in ${MONTHS_EN[month]} ${year}, where a roadmap for ${year + 1}-${year + 3} was signed.`,
    `${pick(REGIONS_EN)} signed ${count} agreements with partners from ${PARTNERS_EN[(p + 1) % PARTNERS_EN.length]}.`,
    `MTZ will supply ${units} tractors to ${PARTNERS_EN[p]} under contract number ${i}.`,
  ];
  return { name: `a${String(i).padStart(6, '0')}.md`, text: `---\ntitle: "Cooperation update ${i}"\ndate: ${date}\nlang: en\nurl: https://example.org/en/${i}\n---\n${body.join(' ')}\n` };
}
