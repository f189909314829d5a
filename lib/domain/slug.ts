// A page address made from a name, as the admin suggests it and saves it when left empty:
// lowercase Latin letters, digits and single hyphens. Russian is transliterated by the rules of
// the seed catalog's addresses (BGN/PCGN-like: "Чай с жасмином" -> "chay-s-zhasminom").
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export const MAX_SLUG_LENGTH = 80;

export function slugify(name: string): string {
  const latin = [...name.toLowerCase()].map((char) => CYRILLIC[char] ?? char).join('');
  return (
    latin
      // Accents off: "café" -> "cafe".
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_SLUG_LENGTH)
      .replace(/-+$/, '')
  );
}

/** The address as typed, or, left empty, made from the name. */
export function slugOrFromName(slug: string | undefined, name: string | undefined): string {
  return slug?.trim() || slugify(name ?? '');
}
