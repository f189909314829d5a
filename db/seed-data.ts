export type SeedCategory = {
  key: string; // stable ascii key, e.g. 'tea'
  en: { name: string; slug: string };
  ru: { name: string; slug: string };
};

export type SeedProduct = {
  category: string; // a SeedCategory key
  price: string; // decimal text with exactly 2 decimals, e.g. '19.90'
  available: boolean;
  en: { name: string; slug: string; description: string };
  ru: { name: string; slug: string; description: string };
};

export const seedCategories: SeedCategory[] = [
  {
    key: 'tea',
    en: { name: 'Tea', slug: 'tea' },
    ru: { name: 'Чай', slug: 'chay' },
  },
  {
    key: 'coffee',
    en: { name: 'Coffee', slug: 'coffee' },
    ru: { name: 'Кофе', slug: 'kofe' },
  },
  {
    key: 'teaware',
    en: { name: 'Teaware', slug: 'teaware' },
    ru: { name: 'Посуда для чая', slug: 'posuda-dlya-chaya' },
  },
  {
    key: 'sweets',
    en: { name: 'Sweets', slug: 'sweets' },
    ru: { name: 'Сладости', slug: 'sladosti' },
  },
  {
    key: 'accessories',
    en: { name: 'Brewing Accessories', slug: 'brewing-accessories' },
    ru: { name: 'Аксессуары для заваривания', slug: 'aksessuary-dlya-zavarivaniya' },
  },
];

export const seedProducts: SeedProduct[] = [
  // tea
  {
    category: 'tea',
    price: '14.90',
    available: true,
    en: {
      name: 'Darjeeling First Flush',
      slug: 'darjeeling-first-flush',
      description:
        'Spring-harvest Darjeeling with a bright, muscatel aroma and a light golden cup. Best brewed at 85 °C for three minutes.',
    },
    ru: {
      name: 'Дарджилинг первого сбора',
      slug: 'dardzhiling-pervogo-sbora',
      description:
        'Весенний Дарджилинг с ярким мускатным ароматом и светлым золотистым настоем. Лучше всего заваривать при 85 °C три минуты.',
    },
  },
  {
    category: 'tea',
    price: '8.45',
    available: true,
    en: {
      name: 'Assam Breakfast Blend',
      slug: 'assam-breakfast-blend',
      description:
        'A strong, malty black tea from the Brahmaputra valley that stands up well to milk and sugar.',
    },
    ru: {
      name: 'Ассам для завтрака',
      slug: 'assam-dlya-zavtraka',
      description:
        'Крепкий солодовый чёрный чай из долины Брахмапутры, который хорошо сочетается с молоком и сахаром.',
    },
  },
  {
    category: 'tea',
    price: '12.90',
    available: true,
    en: {
      name: 'Japanese Sencha Asamushi',
      slug: 'japanese-sencha-asamushi',
      description:
        'Lightly steamed green tea from Shizuoka with a fresh, grassy taste and a gentle sweetness. Brew at 70 °C to avoid bitterness.',
    },
    ru: {
      name: 'Японская сенча асамуси',
      slug: 'yaponskaya-sencha-asamusi',
      description:
        'Слегка пропаренный зелёный чай из Сидзуоки со свежим травянистым вкусом и мягкой сладостью. Заваривайте при 70 °C, чтобы избежать горечи.',
    },
  },
  {
    category: 'tea',
    price: '24.50',
    available: false,
    en: {
      name: 'Ceremonial Grade Matcha, 30 g',
      slug: 'ceremonial-grade-matcha-30-g',
      description:
        'Stone-ground matcha from shade-grown tencha leaves, vivid green and creamy when whisked. Made for drinking straight rather than baking.',
    },
    ru: {
      name: 'Матча церемониальная, 30 г',
      slug: 'matcha-tseremonialnaya-30-g',
      description:
        'Матча из затенённых листьев тэнча, смолотая на каменных жерновах: ярко-зелёная и кремовая после взбивания. Предназначена для питья, а не для выпечки.',
    },
  },
  {
    category: 'tea',
    price: '16.75',
    available: true,
    en: {
      name: 'Tie Guan Yin Oolong',
      slug: 'tie-guan-yin-oolong',
      description:
        'A lightly oxidised oolong from Anxi with floral, orchid-like notes. The rolled leaves can be steeped five or six times.',
    },
    ru: {
      name: 'Улун Те Гуань Инь',
      slug: 'ulun-te-guan-in',
      description:
        'Слабоферментированный улун из Аньси с цветочными нотами, напоминающими орхидею. Скрученные листья выдерживают пять-шесть заварок.',
    },
  },
  {
    category: 'tea',
    price: '9.90',
    available: true,
    en: {
      name: 'Earl Grey with Bergamot & Cornflower',
      slug: 'earl-grey-with-bergamot-and-cornflower',
      description:
        'Ceylon black tea scented with natural bergamot oil and finished with blue cornflower petals.',
    },
    ru: {
      name: 'Эрл Грей с бергамотом и васильком',
      slug: 'erl-grey-s-bergamotom-i-vasilkom',
      description:
        'Цейлонский чёрный чай с натуральным маслом бергамота и синими лепестками василька.',
    },
  },
  {
    category: 'tea',
    price: '38.00',
    available: true,
    en: {
      name: 'Aged Shu Puerh Cake, 357 g',
      slug: 'aged-shu-puerh-cake-357-g',
      description:
        'A pressed puerh cake from Yunnan, aged for five years. Earthy and smooth, with notes of dark wood and cocoa.',
    },
    ru: {
      name: 'Выдержанный шу пуэр, блин 357 г',
      slug: 'vyderzhannyy-shu-puer-blin-357-g',
      description:
        'Прессованный блин пуэра из Юньнани пятилетней выдержки. Землистый и мягкий вкус с нотами тёмного дерева и какао.',
    },
  },
  {
    category: 'tea',
    price: '7.20',
    available: true,
    en: {
      name: 'Rooibos Vanilla',
      slug: 'rooibos-vanilla',
      description:
        'Caffeine-free South African rooibos with pieces of real vanilla. A good choice for the evening, and children like it too.',
    },
    ru: {
      name: 'Ройбуш с ванилью',
      slug: 'roybush-s-vanilyu',
      description:
        'Южноафриканский ройбуш без кофеина с кусочками настоящей ванили. Хорошо подходит для вечера, нравится и детям.',
    },
  },
  {
    category: 'tea',
    price: '21.40',
    available: true,
    en: {
      name: 'Silver Needle White Tea',
      slug: 'silver-needle-white-tea',
      description: 'Hand-picked downy buds from Fujian with a delicate taste of honey and melon.',
    },
    ru: {
      name: 'Белый чай «Серебряные иглы»',
      slug: 'belyy-chay-serebryanye-igly',
      description: 'Собранные вручную опушённые почки из Фуцзяни с нежным вкусом мёда и дыни.',
    },
  },
  {
    category: 'tea',
    price: '6.35',
    available: true,
    en: {
      name: 'Chamomile & Lemon Balm Herbal Infusion',
      slug: 'chamomile-and-lemon-balm-herbal-infusion',
      description:
        'A calming blend of whole chamomile flowers and lemon balm leaves. Naturally caffeine-free.',
    },
    ru: {
      name: 'Травяной сбор с ромашкой и мелиссой',
      slug: 'travyanoy-sbor-s-romashkoy-i-melissoy',
      description:
        'Успокаивающий сбор из цельных цветков ромашки и листьев мелиссы. Не содержит кофеина.',
    },
  },
  // coffee
  {
    category: 'coffee',
    price: '15.90',
    available: true,
    en: {
      name: 'Ethiopia Yirgacheffe, Whole Bean 250 g',
      slug: 'ethiopia-yirgacheffe-whole-bean-250-g',
      description:
        'Washed Ethiopian coffee with notes of jasmine, bergamot and lemon. Roasted light for filter brewing.',
    },
    ru: {
      name: 'Эфиопия Иргачеффе, зерно 250 г',
      slug: 'efiopiya-irgacheffe-zerno-250-g',
      description:
        'Эфиопский кофе мытой обработки с нотами жасмина, бергамота и лимона. Светлая обжарка под фильтр.',
    },
  },
  {
    category: 'coffee',
    price: '13.45',
    available: true,
    en: {
      name: 'Colombia Huila Medium Roast',
      slug: 'colombia-huila-medium-roast',
      description:
        'A balanced coffee from the Huila highlands with caramel sweetness and a hint of red apple. Works for both espresso and filter.',
    },
    ru: {
      name: 'Колумбия Уила, средняя обжарка',
      slug: 'kolumbiya-uila-srednyaya-obzharka',
      description:
        'Сбалансированный кофе с высокогорий Уилы с карамельной сладостью и оттенком красного яблока. Подходит и для эспрессо, и для фильтра.',
    },
  },
  {
    category: 'coffee',
    price: '11.80',
    available: true,
    en: {
      name: 'Brazil Santos Espresso Blend',
      slug: 'brazil-santos-espresso-blend',
      description:
        'A classic espresso base with low acidity, nutty body and a thick crema. Also good in milk drinks.',
    },
    ru: {
      name: 'Эспрессо-смесь Бразилия Сантос',
      slug: 'espresso-smes-braziliya-santos',
      description:
        'Классическая основа для эспрессо с низкой кислотностью, ореховым телом и плотной крема. Хороша и в напитках с молоком.',
    },
  },
  {
    category: 'coffee',
    price: '17.25',
    available: true,
    en: {
      name: 'Kenya AA Nyeri',
      slug: 'kenya-aa-nyeri',
      description:
        'Large AA-grade beans from the Nyeri region with a juicy blackcurrant acidity and a winey finish.',
    },
    ru: {
      name: 'Кения AA Ньери',
      slug: 'keniya-aa-neri',
      description:
        'Крупное зерно класса AA из региона Ньери с сочной кислотностью чёрной смородины и винным послевкусием.',
    },
  },
  {
    category: 'coffee',
    price: '14.20',
    available: true,
    en: {
      name: 'Guatemala Antigua Dark Roast',
      slug: 'guatemala-antigua-dark-roast',
      description:
        'Grown on volcanic soil and roasted dark for a smoky, bittersweet chocolate profile.',
    },
    ru: {
      name: 'Гватемала Антигуа, тёмная обжарка',
      slug: 'gvatemala-antigua-temnaya-obzharka',
      description:
        'Кофе с вулканических почв в тёмной обжарке: дымный профиль с нотами горько-сладкого шоколада.',
    },
  },
  {
    category: 'coffee',
    price: '12.60',
    available: true,
    en: {
      name: 'Swiss Water Decaf Colombia',
      slug: 'swiss-water-decaf-colombia',
      description:
        'Colombian coffee decaffeinated with water only, without chemical solvents. Mild, sweet and easy to drink late in the day.',
    },
    ru: {
      name: 'Колумбия без кофеина, водный метод',
      slug: 'kolumbiya-bez-kofeina-vodnyy-metod',
      description:
        'Колумбийский кофе, из которого кофеин удалён только водой, без химических растворителей. Мягкий и сладкий, его можно пить и поздно вечером.',
    },
  },
  {
    category: 'coffee',
    price: '16.40',
    available: false,
    en: {
      name: 'Sumatra Mandheling',
      slug: 'sumatra-mandheling',
      description:
        'Wet-hulled Indonesian coffee with a heavy body, low acidity and earthy, spicy notes.',
    },
    ru: {
      name: 'Суматра Манделинг',
      slug: 'sumatra-mandeling',
      description:
        'Индонезийский кофе влажной очистки с плотным телом, низкой кислотностью и землистыми пряными нотами.',
    },
  },
  {
    category: 'coffee',
    price: '10.95',
    available: true,
    en: {
      name: 'Cold Brew Coffee Packs, 8 × 30 g',
      slug: 'cold-brew-coffee-packs-8-x-30-g',
      description:
        'Coarsely ground coffee in filter bags for making cold brew at home. Steep one pack in 250 ml of cold water overnight.',
    },
    ru: {
      name: 'Кофе для колд брю в фильтр-пакетах, 8 × 30 г',
      slug: 'kofe-dlya-kold-bryu-v-filtr-paketakh-8-x-30-g',
      description:
        'Кофе крупного помола в фильтр-пакетах для приготовления колд брю дома. Залейте один пакет 250 мл холодной воды и оставьте на ночь.',
    },
  },
  {
    category: 'coffee',
    price: '9.49',
    available: true,
    en: {
      name: 'Drip Bag Coffee Sampler, 10 pcs',
      slug: 'drip-bag-coffee-sampler-10-pcs',
      description:
        'Ten single-serve drip bags with five different origins. Just hang a bag on a cup and pour over hot water.',
    },
    ru: {
      name: 'Набор дрип-пакетов, 10 шт',
      slug: 'nabor-drip-paketov-10-sht',
      description:
        'Десять порционных дрип-пакетов с кофе пяти разных происхождений. Повесьте пакет на чашку и пролейте горячей водой.',
    },
  },
  {
    category: 'coffee',
    price: '18.90',
    available: true,
    en: {
      name: 'Costa Rica Tarrazú Honey Process',
      slug: 'costa-rica-tarrazu-honey-process',
      description:
        'Honey-processed coffee from Tarrazú with a syrupy body and notes of apricot and brown sugar.',
    },
    ru: {
      name: 'Коста-Рика Тарразу, хани-обработка',
      slug: 'kosta-rika-tarrazu-khani-obrabotka',
      description:
        'Кофе хани-обработки из Тарразу с сиропным телом и нотами абрикоса и тростникового сахара.',
    },
  },
  // teaware
  {
    category: 'teaware',
    price: '64.00',
    available: true,
    en: {
      name: 'Cast Iron Tetsubin Teapot, 0.8 L',
      slug: 'cast-iron-tetsubin-teapot-0-8-l',
      description:
        'A traditional Japanese cast iron teapot with an enamelled interior and a stainless steel infuser. Keeps tea hot for a long time.',
    },
    ru: {
      name: 'Чугунный чайник тэцубин, 0,8 л',
      slug: 'chugunnyy-chaynik-tetsubin-0-8-l',
      description:
        'Традиционный японский чугунный чайник с эмалированной внутренней поверхностью и ситом из нержавеющей стали. Долго сохраняет чай горячим.',
    },
  },
  {
    category: 'teaware',
    price: '27.90',
    available: true,
    en: {
      name: 'Borosilicate Glass Teapot with Infuser, 600 ml',
      slug: 'borosilicate-glass-teapot-with-infuser-600-ml',
      description:
        'Heat-resistant glass teapot with a removable infuser, so you can watch the leaves unfurl. Dishwasher safe.',
    },
    ru: {
      name: 'Стеклянный чайник с ситом, 600 мл',
      slug: 'steklyannyy-chaynik-s-sitom-600-ml',
      description:
        'Чайник из жаропрочного стекла со съёмным ситом: можно наблюдать, как раскрываются листья. Можно мыть в посудомоечной машине.',
    },
  },
  {
    category: 'teaware',
    price: '18.45',
    available: true,
    en: {
      name: 'Porcelain Gaiwan, 120 ml',
      slug: 'porcelain-gaiwan-120-ml',
      description:
        'A white porcelain lidded bowl for gongfu-style brewing. Neutral to aromas, so it suits any kind of tea.',
    },
    ru: {
      name: 'Фарфоровый гайвань, 120 мл',
      slug: 'farforovyy-gayvan-120-ml',
      description:
        'Белая фарфоровая чаша с крышкой для заваривания в стиле гунфу. Не впитывает ароматы и подходит для любого чая.',
    },
  },
  {
    category: 'teaware',
    price: '89.00',
    available: false,
    en: {
      name: 'Yixing Clay Teapot, 150 ml',
      slug: 'yixing-clay-teapot-150-ml',
      description:
        'A handmade teapot of purple zisha clay from Yixing. Best kept for a single type of tea, such as oolong or puerh.',
    },
    ru: {
      name: 'Исинский глиняный чайник, 150 мл',
      slug: 'isinskiy-glinyanyy-chaynik-150-ml',
      description:
        'Чайник ручной работы из исинской пурпурной глины цзыша. Лучше использовать его для одного вида чая, например улуна или пуэра.',
    },
  },
  {
    category: 'teaware',
    price: '32.50',
    available: true,
    en: {
      name: 'Set of 4 Celadon Tea Cups',
      slug: 'set-of-4-celadon-tea-cups',
      description: 'Four small cups with a soft jade-green celadon glaze, 60 ml each.',
    },
    ru: {
      name: 'Набор из 4 пиал, селадон',
      slug: 'nabor-iz-4-pial-seladon',
      description:
        'Четыре небольшие пиалы с мягкой нефритово-зелёной глазурью селадон, по 60 мл каждая.',
    },
  },
  {
    category: 'teaware',
    price: '19.90',
    available: true,
    en: {
      name: 'Double-Wall Glass Mugs, Set of 2',
      slug: 'double-wall-glass-mugs-set-of-2',
      description:
        'Double-walled glass keeps drinks hot while the outside stays cool to the touch. 300 ml each.',
    },
    ru: {
      name: 'Кружки с двойными стенками, 2 шт',
      slug: 'kruzhki-s-dvoynymi-stenkami-2-sht',
      description:
        'Двойные стеклянные стенки сохраняют напиток горячим, а снаружи кружка остаётся прохладной. Объём каждой 300 мл.',
    },
  },
  {
    category: 'teaware',
    price: '54.90',
    available: true,
    en: {
      name: 'Handmade Matcha Ceremony Set with Chawan, Whisk and Scoop',
      slug: 'handmade-matcha-ceremony-set-with-chawan-whisk-and-scoop',
      description:
        'Everything you need to prepare matcha: a hand-glazed ceramic chawan, a 100-prong bamboo whisk, a bamboo scoop and a whisk holder.',
    },
    ru: {
      name: 'Набор для матчи ручной работы: тяван, венчик и ложечка',
      slug: 'nabor-dlya-matchi-ruchnoy-raboty-tyavan-venchik-i-lozhechka',
      description:
        'Всё необходимое для приготовления матчи: керамическая чаша тяван ручной глазировки, бамбуковый венчик на 100 зубцов, бамбуковая ложечка и подставка для венчика.',
    },
  },
  {
    category: 'teaware',
    price: '42.75',
    available: true,
    en: {
      name: 'Enamel Stovetop Kettle, 2 L',
      slug: 'enamel-stovetop-kettle-2-l',
      description:
        'A sturdy enamelled steel kettle with a whistle, suitable for gas, electric and induction hobs.',
    },
    ru: {
      name: 'Эмалированный чайник для плиты, 2 л',
      slug: 'emalirovannyy-chaynik-dlya-plity-2-l',
      description:
        'Прочный чайник из эмалированной стали со свистком, подходит для газовых, электрических и индукционных плит.',
    },
  },
  {
    category: 'teaware',
    price: '36.20',
    available: true,
    en: {
      name: 'Bamboo Tea Tray with Drainage',
      slug: 'bamboo-tea-tray-with-drainage',
      description:
        'A slatted bamboo tray with a hidden water reservoir for gongfu tea sessions. Measures 40 × 26 cm.',
    },
    ru: {
      name: 'Бамбуковая чайная доска с поддоном',
      slug: 'bambukovaya-chaynaya-doska-s-poddonom',
      description:
        'Бамбуковая доска с решётчатой поверхностью и скрытым поддоном для воды, удобная для чайных церемоний гунфу. Размер 40 × 26 см.',
    },
  },
  {
    category: 'teaware',
    price: '29.40',
    available: true,
    en: {
      name: 'Stoneware Espresso Cups, Set of 6',
      slug: 'stoneware-espresso-cups-set-of-6',
      description:
        'Thick-walled stoneware cups that hold the heat of a fresh espresso, 80 ml each, in a matte charcoal glaze.',
    },
    ru: {
      name: 'Керамические чашки для эспрессо, 6 шт',
      slug: 'keramicheskie-chashki-dlya-espresso-6-sht',
      description:
        'Чашки из каменной керамики с толстыми стенками, которые сохраняют тепло свежего эспрессо. Объём 80 мл, матовая глазурь графитового цвета.',
    },
  },
  // sweets
  {
    category: 'sweets',
    price: '6.90',
    available: true,
    en: {
      name: "Baker's Choice Butter Shortbread, 200 g",
      slug: 'bakers-choice-butter-shortbread-200-g',
      description:
        'Crumbly Scottish-style shortbread made with real butter and a pinch of sea salt. Perfect with a cup of black tea.',
    },
    ru: {
      name: 'Песочное печенье «Выбор пекаря», 200 г',
      slug: 'pesochnoe-pechene-vybor-pekarya-200-g',
      description:
        'Рассыпчатое песочное печенье по шотландскому рецепту на настоящем сливочном масле со щепоткой морской соли. Идеально к чашке чёрного чая.',
    },
  },
  {
    category: 'sweets',
    price: '4.85',
    available: true,
    en: {
      name: 'Dark Chocolate 72% with Sea Salt',
      slug: 'dark-chocolate-72-with-sea-salt',
      description: 'A 100 g bar of single-origin dark chocolate with crunchy flakes of sea salt.',
    },
    ru: {
      name: 'Тёмный шоколад 72% с морской солью',
      slug: 'temnyy-shokolad-72-s-morskoy-solyu',
      description:
        'Плитка тёмного шоколада из какао-бобов одного происхождения с хрустящими хлопьями морской соли, 100 г.',
    },
  },
  {
    category: 'sweets',
    price: '7.45',
    available: true,
    en: {
      name: 'Almond Cantuccini, 250 g',
      slug: 'almond-cantuccini-250-g',
      description:
        'Twice-baked Italian biscuits with whole almonds. Traditionally dipped in coffee or dessert wine.',
    },
    ru: {
      name: 'Кантуччини с миндалём, 250 г',
      slug: 'kantuchchini-s-mindalem-250-g',
      description:
        'Итальянское печенье двойной выпечки с цельным миндалём. Его принято обмакивать в кофе или десертное вино.',
    },
  },
  {
    category: 'sweets',
    price: '11.30',
    available: true,
    en: {
      name: 'Wildflower Honey, 350 g',
      slug: 'wildflower-honey-350-g',
      description:
        'Raw, unfiltered honey collected from meadow flowers in early summer. A natural sweetener for tea.',
    },
    ru: {
      name: 'Разнотравный мёд, 350 г',
      slug: 'raznotravnyy-med-350-g',
      description:
        'Сырой нефильтрованный мёд, собранный с луговых цветов в начале лета. Натуральная замена сахару в чае.',
    },
  },
  {
    category: 'sweets',
    price: '8.95',
    available: false,
    en: {
      name: 'Turkish Delight with Pistachios',
      slug: 'turkish-delight-with-pistachios',
      description:
        'Soft rose-scented lokum packed with roasted pistachios and dusted with powdered sugar.',
    },
    ru: {
      name: 'Рахат-лукум с фисташками',
      slug: 'rakhat-lukum-s-fistashkami',
      description:
        'Мягкий рахат-лукум с ароматом розы, с обжаренными фисташками и в сахарной пудре.',
    },
  },
  {
    category: 'sweets',
    price: '16.50',
    available: true,
    en: {
      name: 'Belgian Chocolate Truffles, Box of 12',
      slug: 'belgian-chocolate-truffles-box-of-12',
      description:
        'Handmade truffles with a ganache centre, rolled in cocoa powder. Presented in a gift box.',
    },
    ru: {
      name: 'Бельгийские трюфели, 12 шт',
      slug: 'belgiyskie-tryufeli-12-sht',
      description:
        'Трюфели ручной работы с начинкой из ганаша, обвалянные в какао-порошке. Упакованы в подарочную коробку.',
    },
  },
  {
    category: 'sweets',
    price: '9.20',
    available: true,
    en: {
      name: 'Candied Orange Peel in Chocolate',
      slug: 'candied-orange-peel-in-chocolate',
      description:
        'Strips of candied orange peel dipped in dark chocolate, 150 g. Pairs well with Earl Grey.',
    },
    ru: {
      name: 'Цукаты апельсина в шоколаде',
      slug: 'tsukaty-apelsina-v-shokolade',
      description:
        'Полоски апельсиновых цукатов в тёмном шоколаде, 150 г. Отлично сочетаются с чаем Эрл Грей.',
    },
  },
  {
    category: 'sweets',
    price: '5.60',
    available: true,
    en: {
      name: 'Apple Pastila, 100 g',
      slug: 'apple-pastila-100-g',
      description:
        'A traditional Russian sweet made from baked apples and egg white, light and airy, with no added flavourings.',
    },
    ru: {
      name: 'Яблочная пастила, 100 г',
      slug: 'yablochnaya-pastila-100-g',
      description:
        'Традиционная русская сладость из печёных яблок и яичного белка, лёгкая и воздушная, без добавления ароматизаторов.',
    },
  },
  {
    category: 'sweets',
    price: '5.25',
    available: true,
    en: {
      name: 'Caramel Stroopwafels, 8 pcs',
      slug: 'caramel-stroopwafels-8-pcs',
      description:
        'Thin Dutch waffles filled with cinnamon caramel. Place one on top of a hot cup to soften the filling.',
    },
    ru: {
      name: 'Голландские вафли с карамелью, 8 шт',
      slug: 'gollandskie-vafli-s-karamelyu-8-sht',
      description:
        'Тонкие голландские вафли с карамельной начинкой и корицей. Положите вафлю на горячую чашку, чтобы начинка стала мягкой.',
    },
  },
  {
    category: 'sweets',
    price: '2.49',
    available: true,
    en: {
      name: 'Brown Cane Sugar Cubes, 300 g',
      slug: 'brown-cane-sugar-cubes-300-g',
      description: 'Irregular cubes of unrefined cane sugar with a light molasses flavour.',
    },
    ru: {
      name: 'Тростниковый сахар-рафинад, 300 г',
      slug: 'trostnikovyy-sakhar-rafinad-300-g',
      description:
        'Кусочки нерафинированного тростникового сахара неправильной формы с лёгким вкусом патоки.',
    },
  },
  // accessories
  {
    category: 'accessories',
    price: '189.00',
    available: true,
    en: {
      name: 'Electric Gooseneck Kettle with Temperature Control',
      slug: 'electric-gooseneck-kettle-with-temperature-control',
      description:
        'A 0.9 L kettle with a precise gooseneck spout and temperature settings from 40 to 100 °C. Keeps water warm for up to an hour.',
    },
    ru: {
      name: 'Электрический чайник с гусиным носиком и термостатом',
      slug: 'elektricheskiy-chaynik-s-gusinym-nosikom-i-termostatom',
      description:
        'Чайник объёмом 0,9 л с тонким изогнутым носиком и регулировкой температуры от 40 до 100 °C. Поддерживает нагрев воды до одного часа.',
    },
  },
  {
    category: 'accessories',
    price: '48.90',
    available: true,
    en: {
      name: 'Manual Ceramic Burr Coffee Grinder',
      slug: 'manual-ceramic-burr-coffee-grinder',
      description:
        'A compact hand grinder with adjustable ceramic burrs, from fine espresso to coarse French press grind.',
    },
    ru: {
      name: 'Ручная кофемолка с керамическими жерновами',
      slug: 'ruchnaya-kofemolka-s-keramicheskimi-zhernovami',
      description:
        'Компактная ручная кофемолка с регулируемыми керамическими жерновами: от тонкого помола для эспрессо до крупного для френч-пресса.',
    },
  },
  {
    category: 'accessories',
    price: '34.95',
    available: true,
    en: {
      name: 'Stainless Steel French Press, 1 L',
      slug: 'stainless-steel-french-press-1-l',
      description:
        'A double-walled steel French press that will not crack and keeps coffee hot. Also works for loose-leaf tea.',
    },
    ru: {
      name: 'Френч-пресс из нержавеющей стали, 1 л',
      slug: 'french-press-iz-nerzhaveyushchey-stali-1-l',
      description:
        'Френч-пресс из стали с двойными стенками: не разобьётся и дольше сохраняет кофе горячим. Подходит и для листового чая.',
    },
  },
  {
    category: 'accessories',
    price: '14.50',
    available: true,
    en: {
      name: 'Ceramic Pour-Over Dripper, Size 02',
      slug: 'ceramic-pour-over-dripper-size-02',
      description:
        'A cone-shaped dripper with spiral ribs for an even extraction. Brews one to four cups at a time.',
    },
    ru: {
      name: 'Керамическая воронка для пуровера, размер 02',
      slug: 'keramicheskaya-voronka-dlya-purovera-razmer-02',
      description:
        'Коническая воронка со спиральными рёбрами для равномерной экстракции. Позволяет заварить от одной до четырёх чашек за раз.',
    },
  },
  {
    category: 'accessories',
    price: '4.90',
    available: true,
    en: {
      name: 'Paper Coffee Filters, Size 02, 100 pcs',
      slug: 'paper-coffee-filters-size-02-100-pcs',
      description: 'Unbleached paper filters that fit size 02 cone drippers.',
    },
    ru: {
      name: 'Бумажные фильтры для кофе, размер 02, 100 шт',
      slug: 'bumazhnye-filtry-dlya-kofe-razmer-02-100-sht',
      description: 'Неотбелённые бумажные фильтры для конических воронок размера 02.',
    },
  },
  {
    category: 'accessories',
    price: '3.75',
    available: true,
    en: {
      name: 'Stainless Mesh Tea Infuser Ball',
      slug: 'stainless-mesh-tea-infuser-ball',
      description: 'A fine mesh ball with a chain and hook for brewing loose tea in a mug.',
    },
    ru: {
      name: 'Ситечко-шарик для чая из нержавеющей стали',
      slug: 'sitechko-sharik-dlya-chaya-iz-nerzhaveyushchey-stali',
      description:
        'Ситечко-шарик из мелкой сетки с цепочкой и крючком для заваривания листового чая в кружке.',
    },
  },
  {
    category: 'accessories',
    price: '29.99',
    available: false,
    en: {
      name: 'Digital Coffee Scale with Timer',
      slug: 'digital-coffee-scale-with-timer',
      description:
        'Weighs to 0.1 g with a built-in timer for consistent pour-over brewing. Charges via USB-C.',
    },
    ru: {
      name: 'Электронные весы для кофе с таймером',
      slug: 'elektronnye-vesy-dlya-kofe-s-taymerom',
      description:
        'Весы с точностью до 0,1 г и встроенным таймером для стабильного заваривания пуровера. Заряжаются через USB-C.',
    },
  },
  {
    category: 'accessories',
    price: '8.40',
    available: true,
    en: {
      name: 'Airtight Tin Tea Caddy, 200 g',
      slug: 'airtight-tin-tea-caddy-200-g',
      description:
        'A double-lidded tin that protects tea from light, air and moisture. Holds about 200 g of loose leaf.',
    },
    ru: {
      name: 'Герметичная жестяная банка для чая, 200 г',
      slug: 'germetichnaya-zhestyanaya-banka-dlya-chaya-200-g',
      description:
        'Жестяная банка с двойной крышкой защищает чай от света, воздуха и влаги. Вмещает около 200 г листового чая.',
    },
  },
];

export type SeedCoupon = {
  code: string;
  percentOff?: number;
  amountOff?: string;
  minSubtotal?: string;
  maxUses?: number;
  validFrom: string;
  validUntil: string;
};

/** Sample coupons, so a fresh shop has one to try (docs/shopping.md, "The cart"). */
export const seedCoupons: SeedCoupon[] = [
  {
    code: 'WELCOME10',
    percentOff: 10,
    validFrom: '2026-01-01T00:00:00.000Z',
    validUntil: '2100-01-01T00:00:00.000Z',
  },
  {
    code: 'TEAPOT5',
    amountOff: '5.00',
    minSubtotal: '30.00',
    maxUses: 100,
    validFrom: '2026-01-01T00:00:00.000Z',
    validUntil: '2100-01-01T00:00:00.000Z',
  },
];
