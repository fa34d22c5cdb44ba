import type { ActorEntry } from './types.js';

/**
 * Known officials of international bodies, 2010-2025: UN secretaries-general and the UN envoys,
 * special representatives and coordinators for Syria, Yemen, Libya, Iraq, Lebanon, the Middle
 * East peace process, Western Sahara and Sudan; the Quartet envoy; the secretaries-general of the
 * Arab League (those not listed with their state in nileHorn.ts), the GCC and the OIC; the chairs
 * of the AU Commission; the EU's High Representatives and the presidents of the European Commission
 * and Council; NATO's secretaries-general; the heads of the UN agencies and other international
 * bodies most quoted in the region's news (UNRWA, UNHCR, OCHA, UNICEF, WFP, IAEA, the ICC's
 * prosecutors, the UN's human-rights chiefs, the IMF, the World Bank, OPEC, the ICRC). Each term
 * carries the body it speaks for (`org`); the person's `country` is their nationality, and
 * national offices held before or after are listed with it where they tell namesakes apart or are
 * quoted in the region's news.
 *
 * UN envoys' terms name the UN itself (org UN), not the mission (UNSMIL, UNAMI…), so that their
 * affiliation is the same whatever the mission's name in the article.
 *
 * Sources: general knowledge of these appointments (the UN's, the Arab League's, the GCC's, the
 * OIC's, the AU's, the EU's and NATO's own lists of office holders), checked for consistency of
 * years, with spellings compared with the UniversalPetrarch Arabic actor dictionary
 * (openeventdata/UniversalPetrarch, MIT, ../shared/reference/universal-petrarch-ar) and reviewed
 * form by form. Nothing was taken from the development articles.
 */
export const INTERNATIONAL_ACTORS: readonly ActorEntry[] = [
  // United Nations: secretaries-general
  {
    id: 'UN_BAN_KI_MOON', en: 'Ban Ki-moon', country: 'KR',
    names: ['بان كي مون', 'بان كي-مون', 'بان كيمون'],
    offices: [{ office: 'SECRETARY_GENERAL', title: 'الأمين العام للأمم المتحدة', from: 2007, to: 2016, org: 'UN' }],
  },
  {
    id: 'UN_GUTERRES', en: 'António Guterres', country: 'PT',
    names: ['أنطونيو غوتيريش', 'أنطونيو غوتيريس', 'انطونيو غوتيريس', 'أنطونيو جوتيريش', 'أنطونيو جوتيريس', 'أنطونيو غوتيرش'],
    surnames: ['غوتيريش', 'غوتيريس', 'جوتيريش', 'جوتيريس', 'غوتيرش'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المفوض السامي للأمم المتحدة لشؤون اللاجئين', from: 2005, to: 2015, org: 'UNHCR' },
      { office: 'SECRETARY_GENERAL', title: 'الأمين العام للأمم المتحدة', from: 2017, to: null, org: 'UN' },
    ],
  },

  // UN envoys for Syria
  {
    id: 'UN_ANNAN', en: 'Kofi Annan', country: 'GH',
    names: ['كوفي أنان', 'كوفي عنان'],
    surnames: ['أنان'],
    offices: [
      { office: 'ENVOY', title: 'المبعوث المشترك للأمم المتحدة وجامعة الدول العربية إلى سوريا', from: 2012, to: 2012, org: 'UN' },
    ],
  },
  {
    id: 'UN_BRAHIMI', en: 'Lakhdar Brahimi', country: 'DZ',
    names: ['الأخضر الإبراهيمي', 'الأخضر إبراهيمي', 'لخضر الإبراهيمي', 'لخضر إبراهيمي'],
    surnames: ['الإبراهيمي'],
    offices: [
      { office: 'ENVOY', title: 'المبعوث المشترك للأمم المتحدة وجامعة الدول العربية إلى سوريا', from: 2012, to: 2014, org: 'UN' },
    ],
  },
  {
    id: 'UN_DE_MISTURA', en: 'Staffan de Mistura', country: 'IT',
    names: ['ستافان دي ميستورا', 'ستيفان دي ميستورا', 'ستافان دى ميستورا', 'ستيفان دو ميستورا'],
    surnames: ['دي ميستورا', 'ميستورا'],
    offices: [
      { office: 'ENVOY', title: 'المبعوث الأممي إلى سوريا', from: 2014, to: 2018, org: 'UN' },
      { office: 'ENVOY', title: 'المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية', from: 2021, to: null, org: 'UN' },
    ],
  },
  {
    id: 'UN_PEDERSEN', en: 'Geir Pedersen', country: 'NO',
    names: ['غير بيدرسن', 'غير بيدرسون', 'غير أوتو بيدرسن', 'جير بيدرسن', 'غير بيدرسين'],
    surnames: ['بيدرسن', 'بيدرسون', 'بيدرسين'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأممي إلى سوريا', from: 2019, to: 2025, org: 'UN' }],
  },

  // UN envoys for Yemen (Ismail Ould Cheikh Ahmed is listed with Mauritania)
  {
    id: 'UN_BENOMAR', en: 'Jamal Benomar', country: 'MA',
    names: ['جمال بنعمر', 'جمال بن عمر'],
    surnames: ['بنعمر'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأممي إلى اليمن', from: 2011, to: 2015, org: 'UN' }],
  },
  {
    id: 'UN_GRIFFITHS', en: 'Martin Griffiths', country: 'GB',
    names: ['مارتن غريفيث', 'مارتن غريفيثس', 'مارتن جريفيث', 'مارتن غريفيتس'],
    surnames: ['غريفيث', 'غريفيثس', 'جريفيث', 'غريفيتس'],
    // not his OCHA term of 2021-2024: where the year is unknown, the latest office would take his
    // Yemen years too
    offices: [{ office: 'ENVOY', title: 'المبعوث الأممي إلى اليمن', from: 2018, to: 2021, org: 'UN' }],
  },
  {
    id: 'UN_GRUNDBERG', en: 'Hans Grundberg', country: 'SE',
    names: ['هانس غروندبرغ', 'هانز غروندبرغ', 'هانس جروندبرج', 'هانس غروندبيرغ'],
    surnames: ['غروندبرغ', 'جروندبرج', 'غروندبيرغ'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأممي إلى اليمن', from: 2021, to: null, org: 'UN' }],
  },

  // UN envoys for Libya
  {
    id: 'UN_IAN_MARTIN', en: 'Ian Martin', country: 'GB',
    names: ['إيان مارتن', 'ايان مارتن'],
    offices: [{ office: 'ENVOY', title: 'رئيس بعثة الأمم المتحدة للدعم في ليبيا', from: 2011, to: 2012, org: 'UN' }],
  },
  {
    id: 'UN_MITRI', en: 'Tarek Mitri', country: 'LB',
    names: ['طارق متري'],
    offices: [{ office: 'ENVOY', title: 'رئيس بعثة الأمم المتحدة للدعم في ليبيا', from: 2012, to: 2014, org: 'UN' }],
  },
  {
    id: 'UN_LEON', en: 'Bernardino León', country: 'ES',
    names: ['برناردينو ليون', 'برناردينو ليون جروس'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأممي إلى ليبيا', from: 2014, to: 2015, org: 'UN' }],
  },
  {
    id: 'UN_KOBLER', en: 'Martin Kobler', country: 'DE',
    names: ['مارتن كوبلر', 'مارتين كوبلر'],
    surnames: ['كوبلر'],
    offices: [
      { office: 'ENVOY', title: 'الممثل الخاص للأمين العام للأمم المتحدة في العراق', from: 2011, to: 2013, org: 'UN' },
      { office: 'ENVOY', title: 'المبعوث الأممي إلى ليبيا', from: 2015, to: 2017, org: 'UN' },
    ],
  },
  {
    id: 'UN_SALAME', en: 'Ghassan Salamé', country: 'LB',
    names: ['غسان سلامة'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأممي إلى ليبيا', from: 2017, to: 2020, org: 'UN' }],
  },
  {
    id: 'UN_STEPHANIE_WILLIAMS', en: 'Stephanie Williams', country: 'US',
    names: ['ستيفاني ويليامز', 'ستيفاني وليامز', 'ستيفاني ويليامس'],
    offices: [
      { office: 'ENVOY', title: 'المبعوثة الأممية إلى ليبيا بالإنابة', from: 2020, to: 2021, acting: true, org: 'UN' },
      { office: 'ENVOY', title: 'المستشارة الخاصة للأمين العام للأمم المتحدة بشأن ليبيا', from: 2021, to: 2022, org: 'UN' },
    ],
  },
  {
    id: 'UN_KUBIS', en: 'Ján Kubiš', country: 'SK',
    names: ['يان كوبيش', 'يان كوبيتش', 'جان كوبيش'],
    surnames: ['كوبيش', 'كوبيتش'],
    offices: [
      { office: 'ENVOY', title: 'الممثل الخاص للأمين العام للأمم المتحدة في العراق', from: 2015, to: 2018, org: 'UN' },
      { office: 'ENVOY', title: 'المنسق الخاص للأمم المتحدة في لبنان', from: 2019, to: 2020, org: 'UN' },
      { office: 'ENVOY', title: 'المبعوث الأممي إلى ليبيا', from: 2021, to: 2021, org: 'UN' },
    ],
  },
  {
    id: 'UN_BATHILY', en: 'Abdoulaye Bathily', country: 'SN',
    names: ['عبد الله باتيلي', 'عبدالله باتيلي'],
    surnames: ['باتيلي'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأممي إلى ليبيا', from: 2022, to: 2024, org: 'UN' }],
  },
  {
    id: 'UN_KOURY', en: 'Stephanie Koury', country: 'US',
    names: ['ستيفاني خوري'],
    offices: [{ office: 'ENVOY', title: 'المبعوثة الأممية إلى ليبيا بالإنابة', from: 2024, to: 2025, acting: true, org: 'UN' }],
  },
  {
    id: 'UN_TETTEH', en: 'Hanna Tetteh', country: 'GH',
    names: ['هانا تيتيه', 'هانا سيروا تيتيه', 'حنا تيتيه'],
    surnames: ['تيتيه'],
    offices: [{ office: 'ENVOY', title: 'المبعوثة الأممية إلى ليبيا', from: 2025, to: null, org: 'UN' }],
  },

  // UN envoys for Iraq (Kobler and Kubiš above)
  {
    id: 'UN_MELKERT', en: 'Ad Melkert', country: 'NL',
    names: ['آد ملكرت', 'اد ملكرت'],
    surnames: ['ملكرت'],
    offices: [{ office: 'ENVOY', title: 'الممثل الخاص للأمين العام للأمم المتحدة في العراق', from: 2009, to: 2011, org: 'UN' }],
  },
  {
    id: 'UN_MLADENOV', en: 'Nickolay Mladenov', country: 'BG',
    names: ['نيكولاي ملادينوف', 'نيكولاي ملادنوف', 'نيكولاي ميلادينوف'],
    surnames: ['ملادينوف', 'ملادنوف', 'ميلادينوف'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البلغاري', from: 2010, to: 2013 },
      { office: 'ENVOY', title: 'الممثل الخاص للأمين العام للأمم المتحدة في العراق', from: 2013, to: 2015, org: 'UN' },
      { office: 'ENVOY', title: 'منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط', from: 2015, to: 2020, org: 'UN' },
    ],
  },
  {
    id: 'UN_HENNIS_PLASSCHAERT', en: 'Jeanine Hennis-Plasschaert', country: 'NL',
    names: ['جينين هينيس بلاسخارت', 'جينين هينيس-بلاسخارت', 'جينين بلاسخارت', 'جنين هينيس بلاسخارت'],
    surnames: ['بلاسخارت', 'هينيس بلاسخارت'],
    offices: [
      { office: 'ENVOY', title: 'الممثلة الخاصة للأمين العام للأمم المتحدة في العراق', from: 2018, to: 2024, org: 'UN' },
      { office: 'ENVOY', title: 'المنسقة الخاصة للأمم المتحدة في لبنان', from: 2024, to: null, org: 'UN' },
    ],
  },
  {
    id: 'UN_MOHAMED_AL_HASSAN', en: 'Mohamed Al Hassan', country: 'OM',
    names: ['محمد الحسان', 'محمد بن عوض الحسان'],
    offices: [{ office: 'ENVOY', title: 'الممثل الخاص للأمين العام للأمم المتحدة في العراق', from: 2024, to: null, org: 'UN' }],
  },

  // UN special coordinators for Lebanon (Kubiš, Hennis-Plasschaert above)
  {
    id: 'UN_MICHAEL_WILLIAMS', en: 'Michael Williams', country: 'GB',
    names: ['مايكل ويليامز', 'مايكل وليامز'],
    offices: [{ office: 'ENVOY', title: 'المنسق الخاص للأمم المتحدة في لبنان', from: 2008, to: 2011, org: 'UN' }],
  },
  {
    id: 'UN_PLUMBLY', en: 'Derek Plumbly', country: 'GB',
    names: ['ديريك بلامبلي', 'ديريك بلامبلى'],
    surnames: ['بلامبلي'],
    offices: [{ office: 'ENVOY', title: 'المنسق الخاص للأمم المتحدة في لبنان', from: 2012, to: 2015, org: 'UN' }],
  },
  {
    id: 'UN_KAAG', en: 'Sigrid Kaag', country: 'NL',
    names: ['سيغريد كاغ', 'سيغريد كاج', 'سيجريد كاج'],
    offices: [
      { office: 'ENVOY', title: 'المنسقة الخاصة للبعثة المشتركة لمنظمة حظر الأسلحة الكيميائية والأمم المتحدة في سوريا', from: 2013, to: 2014, org: 'UN' },
      { office: 'ENVOY', title: 'المنسقة الخاصة للأمم المتحدة في لبنان', from: 2015, to: 2017, org: 'UN' },
      { office: 'ENVOY', title: 'كبيرة منسقي الشؤون الإنسانية وإعادة الإعمار في غزة', from: 2024, to: 2025, org: 'UN' },
    ],
  },
  {
    id: 'UN_WRONECKA', en: 'Joanna Wronecka', country: 'PL',
    names: ['يوانا فرونيتسكا', 'جوانا فرونيتسكا', 'يوانا فرونيكا'],
    surnames: ['فرونيتسكا'],
    offices: [{ office: 'ENVOY', title: 'المنسقة الخاصة للأمم المتحدة في لبنان', from: 2021, to: 2024, org: 'UN' }],
  },

  // Middle East peace process (Mladenov above)
  {
    id: 'UN_SERRY', en: 'Robert Serry', country: 'NL',
    names: ['روبرت سيري'],
    surnames: ['سيري'],
    offices: [{ office: 'ENVOY', title: 'منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط', from: 2007, to: 2015, org: 'UN' }],
  },
  {
    id: 'UN_WENNESLAND', en: 'Tor Wennesland', country: 'NO',
    names: ['تور وينسلاند', 'تور فينسلاند'],
    surnames: ['وينسلاند', 'فينسلاند'],
    offices: [{ office: 'ENVOY', title: 'منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط', from: 2021, to: 2024, org: 'UN' }],
  },
  {
    id: 'QUARTET_BLAIR', en: 'Tony Blair', country: 'GB',
    names: ['توني بلير'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البريطاني', from: 1997, to: 2007 },
      { office: 'ENVOY', title: 'مبعوث اللجنة الرباعية الدولية للشرق الأوسط', from: 2007, to: 2015, org: 'QUARTET' },
    ],
  },

  // Western Sahara and Sudan (de Mistura above; Köhler in g7.ts; Lamamra in maghreb.ts)
  {
    id: 'UN_ROSS', en: 'Christopher Ross', country: 'US',
    names: ['كريستوفر روس'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية', from: 2009, to: 2017, org: 'UN' }],
  },
  {
    id: 'UN_PERTHES', en: 'Volker Perthes', country: 'DE',
    names: ['فولكر بيرتس', 'فولكر بيرثيس'],
    surnames: ['بيرتس', 'بيرثيس'],
    offices: [{ office: 'ENVOY', title: 'الممثل الخاص للأمين العام للأمم المتحدة في السودان', from: 2021, to: 2023, org: 'UN' }],
  },

  // Arab League (Elaraby and Aboul Gheit are listed with Egypt)
  {
    id: 'AL_AMR_MOUSSA', en: 'Amr Moussa', country: 'EG',
    names: ['عمرو موسى'],
    offices: [{ office: 'SECRETARY_GENERAL', title: 'الأمين العام لجامعة الدول العربية', from: 2001, to: 2011, org: 'ARAB_LEAGUE' }],
  },

  // Gulf Cooperation Council (Zayani is listed with Bahrain)
  {
    id: 'GCC_ATTIYAH', en: 'Abdul Rahman al-Attiyah', country: 'QA',
    names: ['عبد الرحمن العطية', 'عبد الرحمن بن حمد العطية'],
    offices: [{ office: 'SECRETARY_GENERAL', title: 'الأمين العام لمجلس التعاون لدول الخليج العربية', from: 2002, to: 2011, org: 'GCC' }],
  },
  {
    id: 'GCC_HAJRAF', en: 'Nayef al-Hajraf', country: 'KW',
    names: ['نايف الحجرف', 'نايف فلاح الحجرف', 'نايف فلاح مبارك الحجرف'],
    surnames: ['الحجرف'],
    offices: [{ office: 'SECRETARY_GENERAL', title: 'الأمين العام لمجلس التعاون لدول الخليج العربية', from: 2020, to: 2023, org: 'GCC' }],
  },
  {
    id: 'GCC_BUDAIWI', en: 'Jasem al-Budaiwi', country: 'KW',
    names: ['جاسم البديوي', 'جاسم محمد البديوي'],
    surnames: ['البديوي'],
    offices: [{ office: 'SECRETARY_GENERAL', title: 'الأمين العام لمجلس التعاون لدول الخليج العربية', from: 2023, to: null, org: 'GCC' }],
  },

  // Organisation of Islamic Cooperation
  {
    id: 'OIC_IHSANOGLU', en: 'Ekmeleddin İhsanoğlu', country: 'TR',
    names: ['أكمل الدين إحسان أوغلو', 'أكمل الدين إحسان اوغلو', 'أكمل الدين إحسان أوغلي'],
    surnames: ['إحسان أوغلو'],
    offices: [{ office: 'SECRETARY_GENERAL', title: 'الأمين العام لمنظمة التعاون الإسلامي', from: 2005, to: 2013, org: 'OIC' }],
  },
  {
    id: 'OIC_MADANI', en: 'Iyad Madani', country: 'SA',
    names: ['إياد مدني', 'إياد أمين مدني'],
    offices: [{ office: 'SECRETARY_GENERAL', title: 'الأمين العام لمنظمة التعاون الإسلامي', from: 2014, to: 2016, org: 'OIC' }],
  },
  {
    id: 'OIC_OTHAIMEEN', en: 'Yousef al-Othaimeen', country: 'SA',
    names: ['يوسف العثيمين', 'يوسف بن أحمد العثيمين', 'يوسف أحمد العثيمين'],
    surnames: ['العثيمين'],
    offices: [
      { office: 'MINISTER', title: 'وزير الشؤون الاجتماعية', from: 2007, to: 2015 },
      { office: 'SECRETARY_GENERAL', title: 'الأمين العام لمنظمة التعاون الإسلامي', from: 2016, to: 2021, org: 'OIC' },
    ],
  },
  {
    id: 'OIC_TAHA', en: 'Hissein Brahim Taha', country: 'TD',
    names: ['حسين إبراهيم طه'],
    offices: [{ office: 'SECRETARY_GENERAL', title: 'الأمين العام لمنظمة التعاون الإسلامي', from: 2021, to: null, org: 'OIC' }],
  },

  // African Union Commission (Mahmoud Ali Youssouf is listed with Djibouti)
  {
    id: 'AU_PING', en: 'Jean Ping', country: 'GA',
    names: ['جان بينغ', 'جان بينج'],
    offices: [{ office: 'COMMISSION_CHAIR', title: 'رئيس مفوضية الاتحاد الأفريقي', from: 2008, to: 2012, org: 'AU' }],
  },
  {
    id: 'AU_DLAMINI_ZUMA', en: 'Nkosazana Dlamini-Zuma', country: 'ZA',
    names: ['نكوسازانا دلاميني زوما', 'نكوسازانا دلاميني-زوما', 'نكوسازانا زوما'],
    surnames: ['دلاميني زوما'],
    offices: [{ office: 'COMMISSION_CHAIR', title: 'رئيسة مفوضية الاتحاد الأفريقي', from: 2012, to: 2017, org: 'AU' }],
  },
  {
    id: 'AU_FAKI', en: 'Moussa Faki Mahamat', country: 'TD',
    names: ['موسى فكي محمد', 'موسى فقي محمد', 'موسى فكي', 'موسى فقي'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية التشادي', from: 2008, to: 2017 },
      { office: 'COMMISSION_CHAIR', title: 'رئيس مفوضية الاتحاد الأفريقي', from: 2017, to: 2025, org: 'AU' },
    ],
  },

  // European Union
  {
    id: 'EU_ASHTON', en: 'Catherine Ashton', country: 'GB',
    names: ['كاثرين آشتون', 'كاترين آشتون', 'كاثرين أشتون', 'كاترين أشتون'],
    offices: [
      { office: 'HIGH_REPRESENTATIVE', title: 'الممثلة العليا للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي', from: 2009, to: 2014, org: 'EU' },
    ],
  },
  {
    id: 'EU_MOGHERINI', en: 'Federica Mogherini', country: 'IT',
    names: ['فيديريكا موغيريني', 'فيديريكا موغريني', 'فيدريكا موغيريني', 'فيديريكا موجيريني'],
    surnames: ['موغيريني', 'موغريني', 'موجيريني'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الإيطالية', from: 2014, to: 2014 },
      { office: 'HIGH_REPRESENTATIVE', title: 'الممثلة العليا للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي', from: 2014, to: 2019, org: 'EU' },
    ],
  },
  {
    id: 'EU_BORRELL', en: 'Josep Borrell', country: 'ES',
    names: ['جوزيب بوريل', 'خوسيب بوريل', 'جوسيب بوريل', 'جوزيف بوريل'],
    surnames: ['بوريل'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإسباني', from: 2018, to: 2019 },
      { office: 'HIGH_REPRESENTATIVE', title: 'الممثل الأعلى للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي', from: 2019, to: 2024, org: 'EU' },
    ],
  },
  {
    id: 'EU_KALLAS', en: 'Kaja Kallas', country: 'EE',
    names: ['كايا كالاس', 'كاجا كالاس'],
    surnames: ['كالاس'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة وزراء إستونيا', from: 2021, to: 2024 },
      { office: 'HIGH_REPRESENTATIVE', title: 'الممثلة العليا للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي', from: 2024, to: null, org: 'EU' },
    ],
  },
  {
    id: 'EU_BARROSO', en: 'José Manuel Barroso', country: 'PT',
    names: ['جوزيه مانويل باروسو', 'خوسيه مانويل باروسو', 'جوزيه مانويل باروزو'],
    surnames: ['باروسو', 'باروزو'],
    offices: [{ office: 'COMMISSION_CHAIR', title: 'رئيس المفوضية الأوروبية', from: 2004, to: 2014, org: 'EU_COMMISSION' }],
  },
  {
    id: 'EU_JUNCKER', en: 'Jean-Claude Juncker', country: 'LU',
    names: ['جان كلود يونكر', 'جان-كلود يونكر', 'جان كلود جونكر'],
    surnames: ['يونكر'],
    offices: [{ office: 'COMMISSION_CHAIR', title: 'رئيس المفوضية الأوروبية', from: 2014, to: 2019, org: 'EU_COMMISSION' }],
  },
  {
    id: 'EU_VAN_ROMPUY', en: 'Herman Van Rompuy', country: 'BE',
    names: ['هيرمان فان رومبوي', 'هيرمان فان رومباي'],
    surnames: ['فان رومبوي', 'فان رومباي'],
    offices: [{ office: 'COUNCIL_PRESIDENT', title: 'رئيس المجلس الأوروبي', from: 2009, to: 2014, org: 'EU_COUNCIL' }],
  },
  {
    id: 'EU_TUSK', en: 'Donald Tusk', country: 'PL',
    names: ['دونالد توسك'],
    surnames: ['توسك'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البولندي', from: 2007, to: 2014 },
      { office: 'COUNCIL_PRESIDENT', title: 'رئيس المجلس الأوروبي', from: 2014, to: 2019, org: 'EU_COUNCIL' },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البولندي', from: 2023, to: null },
    ],
  },
  {
    id: 'EU_CHARLES_MICHEL', en: 'Charles Michel', country: 'BE',
    names: ['شارل ميشيل', 'شارل ميشال', 'تشارلز ميشيل'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البلجيكي', from: 2014, to: 2019 },
      { office: 'COUNCIL_PRESIDENT', title: 'رئيس المجلس الأوروبي', from: 2019, to: 2024, org: 'EU_COUNCIL' },
    ],
  },
  {
    id: 'EU_COSTA', en: 'António Costa', country: 'PT',
    names: ['أنطونيو كوستا', 'انطونيو كوستا'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البرتغالي', from: 2015, to: 2024 },
      { office: 'COUNCIL_PRESIDENT', title: 'رئيس المجلس الأوروبي', from: 2024, to: null, org: 'EU_COUNCIL' },
    ],
  },

  // NATO
  {
    id: 'NATO_RASMUSSEN', en: 'Anders Fogh Rasmussen', country: 'DK',
    names: ['أندرس فوغ راسموسن', 'أندرس فوج راسموسن', 'اندرس فوغ راسموسن'],
    surnames: ['راسموسن'],
    offices: [{ office: 'SECRETARY_GENERAL', title: 'الأمين العام لحلف شمال الأطلسي', from: 2009, to: 2014, org: 'NATO' }],
  },
  {
    id: 'NATO_STOLTENBERG', en: 'Jens Stoltenberg', country: 'NO',
    names: ['ينس ستولتنبرغ', 'يانس ستولتنبرغ', 'ينس ستولتنبرج', 'يينس ستولتنبرغ'],
    surnames: ['ستولتنبرغ', 'ستولتنبرج'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء النرويجي', from: 2005, to: 2013 },
      { office: 'SECRETARY_GENERAL', title: 'الأمين العام لحلف شمال الأطلسي', from: 2014, to: 2024, org: 'NATO' },
    ],
  },
  {
    id: 'NATO_RUTTE', en: 'Mark Rutte', country: 'NL',
    names: ['مارك روته', 'مارك روتي'],
    surnames: ['روته'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الهولندي', from: 2010, to: 2024 },
      { office: 'SECRETARY_GENERAL', title: 'الأمين العام لحلف شمال الأطلسي', from: 2024, to: null, org: 'NATO' },
    ],
  },

  // Heads of UN agencies and other international bodies quoted in the region's news (Tedros at
  // the WHO is listed with Ethiopia in world.ts)
  {
    id: 'UNRWA_KRAHENBUHL', en: 'Pierre Krähenbühl', country: 'CH',
    names: ['بيير كرينبول', 'بيير كراهينبول', 'بيير كرينبويل'],
    surnames: ['كرينبول'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المفوض العام للأونروا', from: 2014, to: 2019, org: 'UNRWA' },
    ],
  },
  {
    id: 'UNRWA_LAZZARINI', en: 'Philippe Lazzarini', country: 'CH',
    names: ['فيليب لازاريني'],
    surnames: ['لازاريني'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المفوض العام للأونروا', from: 2020, to: null, org: 'UNRWA' },
    ],
  },
  {
    id: 'UNHCR_GRANDI', en: 'Filippo Grandi', country: 'IT',
    names: ['فيليبو غراندي', 'فيليبو جراندي', 'فيليبو غراندى'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المفوض السامي للأمم المتحدة لشؤون اللاجئين', from: 2016, to: null, org: 'UNHCR' },
    ],
  },
  {
    id: 'OCHA_AMOS', en: 'Valerie Amos', country: 'GB',
    names: ['فاليري آموس', 'فاليري اموس', 'فاليري أموس'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'وكيلة الأمين العام للأمم المتحدة للشؤون الإنسانية', from: 2010, to: 2015, org: 'OCHA' },
    ],
  },
  {
    id: 'OCHA_OBRIEN', en: 'Stephen O\'Brien', country: 'GB',
    names: ['ستيفن أوبراين', 'ستيفن اوبراين', 'ستيفن أوبرايان'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية', from: 2015, to: 2017, org: 'OCHA' },
    ],
  },
  {
    id: 'OCHA_LOWCOCK', en: 'Mark Lowcock', country: 'GB',
    names: ['مارك لوكوك', 'مارك لوكاك'],
    surnames: ['لوكوك'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية', from: 2017, to: 2021, org: 'OCHA' },
    ],
  },
  {
    id: 'OCHA_FLETCHER', en: 'Tom Fletcher', country: 'GB',
    names: ['توم فليتشر', 'توم فلتشر'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية', from: 2024, to: null, org: 'OCHA' },
    ],
  },
  {
    id: 'UNICEF_LAKE', en: 'Anthony Lake', country: 'US',
    names: ['أنتوني ليك', 'انتوني ليك'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المدير التنفيذي لليونيسف', from: 2010, to: 2017, org: 'UNICEF' },
    ],
  },
  {
    id: 'UNICEF_FORE', en: 'Henrietta Fore', country: 'US',
    names: ['هنرييتا فور', 'هنريتا فور'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المديرة التنفيذية لليونيسف', from: 2018, to: 2021, org: 'UNICEF' },
    ],
  },
  {
    id: 'UNICEF_RUSSELL', en: 'Catherine Russell', country: 'US',
    names: ['كاثرين راسل', 'كاترين راسل'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المديرة التنفيذية لليونيسف', from: 2022, to: null, org: 'UNICEF' },
    ],
  },
  {
    id: 'WFP_COUSIN', en: 'Ertharin Cousin', country: 'US',
    names: ['إرثارين كازين', 'ارثارين كازين', 'إيرثارين كوزين'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المديرة التنفيذية لبرنامج الأغذية العالمي', from: 2012, to: 2017, org: 'WFP' },
    ],
  },
  {
    id: 'WFP_BEASLEY', en: 'David Beasley', country: 'US',
    names: ['ديفيد بيزلي', 'ديفيد بيسلي'],
    surnames: ['بيزلي'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المدير التنفيذي لبرنامج الأغذية العالمي', from: 2017, to: 2023, org: 'WFP' },
    ],
  },
  {
    id: 'WFP_MCCAIN', en: 'Cindy McCain', country: 'US',
    names: ['سيندي ماكين', 'سندي ماكين'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المديرة التنفيذية لبرنامج الأغذية العالمي', from: 2023, to: 2025, org: 'WFP' },
    ],
  },
  {
    id: 'IAEA_AMANO', en: 'Yukiya Amano', country: 'JP',
    names: ['يوكيا أمانو', 'يوكيا امانو'],
    surnames: ['أمانو'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المدير العام للوكالة الدولية للطاقة الذرية', from: 2009, to: 2019, org: 'IAEA' },
    ],
  },
  {
    id: 'IAEA_GROSSI', en: 'Rafael Grossi', country: 'AR',
    names: ['رافائيل غروسي', 'رافاييل غروسي', 'رافائيل جروسي', 'رافائيل ماريانو غروسي'],
    surnames: ['غروسي'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المدير العام للوكالة الدولية للطاقة الذرية', from: 2019, to: null, org: 'IAEA' },
    ],
  },
  {
    id: 'ICC_OCAMPO', en: 'Luis Moreno Ocampo', country: 'AR',
    names: ['لويس مورينو أوكامبو', 'لويس مورينو اوكامبو', 'مورينو أوكامبو'],
    surnames: ['أوكامبو'],
    offices: [
      { office: 'PROSECUTOR', title: 'المدعي العام للمحكمة الجنائية الدولية', from: 2003, to: 2012, org: 'ICC' },
    ],
  },
  {
    id: 'ICC_BENSOUDA', en: 'Fatou Bensouda', country: 'GM',
    names: ['فاتو بنسودا', 'فاتو بن سودا', 'فاتو بنسودة'],
    surnames: ['بنسودا'],
    offices: [
      { office: 'PROSECUTOR', title: 'المدعية العامة للمحكمة الجنائية الدولية', from: 2012, to: 2021, org: 'ICC' },
    ],
  },
  {
    id: 'ICC_KARIM_KHAN', en: 'Karim Khan', country: 'GB',
    names: ['كريم خان', 'كريم أحمد خان', 'كريم اسد أحمد خان'],
    offices: [
      { office: 'PROSECUTOR', title: 'المدعي العام للمحكمة الجنائية الدولية', from: 2021, to: null, org: 'ICC' },
    ],
  },
  {
    id: 'OHCHR_PILLAY', en: 'Navi Pillay', country: 'ZA',
    names: ['نافي بيلاي', 'نافانيثيم بيلاي'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المفوضة السامية لحقوق الإنسان', from: 2008, to: 2014, org: 'OHCHR' },
    ],
  },
  {
    id: 'OHCHR_ZEID', en: 'Zeid Ra\'ad Al Hussein', country: 'JO',
    names: ['زيد بن رعد الحسين', 'زيد رعد الحسين', 'زيد بن رعد'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المفوض السامي لحقوق الإنسان', from: 2014, to: 2018, org: 'OHCHR' },
    ],
  },
  {
    id: 'OHCHR_BACHELET', en: 'Michelle Bachelet', country: 'CL',
    names: ['ميشيل باشليه', 'ميشال باشليه', 'ميشيل باشيليت'],
    surnames: ['باشليه'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'رئيسة تشيلي', from: 2014, to: 2018 },
      { office: 'AGENCY_HEAD', title: 'المفوضة السامية لحقوق الإنسان', from: 2018, to: 2022, org: 'OHCHR' },
    ],
  },
  {
    id: 'OHCHR_TURK', en: 'Volker Türk', country: 'AT',
    names: ['فولكر تورك', 'فولكير تورك'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المفوض السامي لحقوق الإنسان', from: 2022, to: null, org: 'OHCHR' },
    ],
  },
  {
    id: 'IMF_LAGARDE', en: 'Christine Lagarde', country: 'FR',
    names: ['كريستين لاغارد', 'كريستين لاجارد'],
    surnames: ['لاغارد', 'لاجارد'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المديرة العامة لصندوق النقد الدولي', from: 2011, to: 2019, org: 'IMF' },
    ],
  },
  {
    id: 'IMF_GEORGIEVA', en: 'Kristalina Georgieva', country: 'BG',
    names: ['كريستالينا جورجيفا', 'كريستالينا غورغيفا', 'كريستالينا جورجييفا'],
    surnames: ['جورجيفا'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'المديرة العامة لصندوق النقد الدولي', from: 2019, to: null, org: 'IMF' },
    ],
  },
  {
    id: 'WB_ZOELLICK', en: 'Robert Zoellick', country: 'US',
    names: ['روبرت زوليك'],
    surnames: ['زوليك'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس البنك الدولي', from: 2007, to: 2012, org: 'WORLD_BANK' },
    ],
  },
  {
    id: 'WB_KIM', en: 'Jim Yong Kim', country: 'US',
    names: ['جيم يونغ كيم', 'جيم يونج كيم'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس البنك الدولي', from: 2012, to: 2019, org: 'WORLD_BANK' },
    ],
  },
  {
    id: 'WB_MALPASS', en: 'David Malpass', country: 'US',
    names: ['ديفيد مالباس'],
    surnames: ['مالباس'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس البنك الدولي', from: 2019, to: 2023, org: 'WORLD_BANK' },
    ],
  },
  {
    id: 'WB_BANGA', en: 'Ajay Banga', country: 'US',
    names: ['أجاي بانغا', 'أجاي بانجا', 'اجاي بانغا'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس البنك الدولي', from: 2023, to: null, org: 'WORLD_BANK' },
    ],
  },
  {
    id: 'OPEC_BADRI', en: 'Abdalla El-Badri', country: 'LY',
    names: ['عبد الله البدري', 'عبد الله سالم البدري'],
    offices: [
      { office: 'SECRETARY_GENERAL', title: 'الأمين العام لمنظمة أوبك', from: 2007, to: 2016, org: 'OPEC' },
    ],
  },
  {
    id: 'OPEC_BARKINDO', en: 'Mohammed Barkindo', country: 'NG',
    names: ['محمد باركيندو', 'محمد سانوسي باركيندو', 'محمد باركندو'],
    surnames: ['باركيندو'],
    offices: [
      { office: 'SECRETARY_GENERAL', title: 'الأمين العام لمنظمة أوبك', from: 2016, to: 2022, org: 'OPEC' },
    ],
  },
  {
    id: 'OPEC_AL_GHAIS', en: 'Haitham al-Ghais', country: 'KW',
    names: ['هيثم الغيص'],
    offices: [
      { office: 'SECRETARY_GENERAL', title: 'الأمين العام لمنظمة أوبك', from: 2022, to: null, org: 'OPEC' },
    ],
  },
  {
    id: 'ICRC_MAURER', en: 'Peter Maurer', country: 'CH',
    names: ['بيتر ماورير', 'بيتر ماورر'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس اللجنة الدولية للصليب الأحمر', from: 2012, to: 2022, org: 'ICRC' },
    ],
  },
  {
    id: 'ICRC_SPOLJARIC', en: 'Mirjana Spoljaric', country: 'CH',
    names: ['ميريانا سبولياريتش', 'ميريانا سبولياريك'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيسة اللجنة الدولية للصليب الأحمر', from: 2022, to: null, org: 'ICRC' },
    ],
  },
];
