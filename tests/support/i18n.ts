import i18next from 'i18next';
import { localeByCode, type Locale } from '../../src/lib/locale.ts';
import { readLocaleStrings } from '../../src/readers/ui-strings.ts';

/** The site's i18next setup in miniature (Starlight's: values escaped unless a call says otherwise): one locale's strings, English behind them. */
export async function translatorFor(code: Locale): Promise<App.Locals['t']> {
	const { lang } = localeByCode(code);
	const instance = i18next.createInstance();
	await instance.init({
		lng: lang,
		fallbackLng: 'en',
		resources: { [lang]: { translation: readLocaleStrings(code) }, en: { translation: readLocaleStrings('en') } },
		keySeparator: false,
	});
	return instance.t.bind(instance) as unknown as App.Locals['t'];
}
