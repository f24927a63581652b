import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lintTranslation, numbersIn } from '../../src/lib/i18n-lint.ts';

const english = `---
title: Test
sources:
  - title: Official
    url: https://www.sz.gov.cn/a
---
import { Term, OfficeLink } from '~/components';

## Before you start

Buy up to RMB 5,000 per order and RMB 26,000 a year under code 9610. A company of US$300 million files with the NDRC.
Ask the <OfficeLink id="hotline-12345" />. Apply for the <Term zh="外国人工作许可证">work permit</Term>.
See the [official page](https://www.sz.gov.cn/b).

## Step by step
`;

describe('numbers in any locale’s notation', () => {
	it('reads thousands separators, words and Chinese and Korean units as the same value', () => {
		expect(numbersIn('RMB 5,000 and RMB 26 000, 5.000 €')).toEqual(new Set(['5000', '26000']));
		expect(numbersIn('2.6万元 and 3亿美元 and 300 Millionen and 10만 위안')).toEqual(new Set(['26000', '300000000', '100000']));
		expect(numbersIn('3 млн и 1,5 млрд')).toEqual(new Set(['3000000', '1500000000']));
	});
});

describe('a translation checked against its English source', () => {
	const good = english
		.replace('## Before you start', '## 开始之前')
		.replace('## Step by step', '## 办理步骤')
		.replace(
			'Buy up to RMB 5,000 per order and RMB 26,000 a year under code 9610. A company of US$300 million files with the NDRC.',
			'每单不超过5000元，每年不超过2.6万元，监管方式代码9610。投资额3亿美元的企业向国家发展改革委备案。'
		);
	it('finds nothing when only the language and the notation of numbers differ', () => {
		expect(lintTranslation(english, good, ['Shenzhen Municipal Commerce Bureau'])).toEqual([]);
	});
	it('names a changed number, a missing URL, a dropped official name and an English agency name, with their lines', () => {
		const bad = good
			.replace('2.6万元', '2.5万元')
			.replace('https://www.sz.gov.cn/b', 'https://example.org/other')
			.replace('<Term zh="外国人工作许可证">work permit</Term>', '工作许可')
			.replace('## 办理步骤', '## 办理步骤\n\n请咨询 Shenzhen Municipal Commerce Bureau。');
		const findings = lintTranslation(english, bad, ['Shenzhen Municipal Commerce Bureau']);
		const messages = findings.map((f) => `${f.where}:${f.line} ${f.message}`);
		expect(messages).toContain('source:11 number or code 26000 of the English text is not in the translation');
		expect(messages).toContain('source:13 URL missing from the translation: https://www.sz.gov.cn/b');
		expect(
			messages.some((m) => m.startsWith('translation:') && m.includes('URL not in the English source: https://example.org/other'))
		).toBe(true);
		expect(messages).toContain('source:12 official Chinese name 外国人工作许可证 (<Term zh>) is not in the translation');
		expect(messages).toContain('translation:17 English agency name in the text: "Shenzhen Municipal Commerce Bureau"');
	});
	it('notices a dropped office link and a changed outline', () => {
		const bad = good.replace('<OfficeLink id="hotline-12345" />', '12345').replace('## 办理步骤', '### 办理步骤');
		const messages = lintTranslation(english, bad).map((f) => f.message);
		expect(messages).toContain('<OfficeLink id="hotline-12345"> appears 1× in English, 0× in the translation');
		expect(messages.some((m) => m.startsWith('the headings differ'))).toBe(true);
	});
});

describe('npm run i18n:lint on the real content', () => {
	it('is clean', () => {
		expect(execFileSync(process.execPath, ['scripts/i18n-lint.ts'], { encoding: 'utf8' })).toContain('every translation agrees');
	});
});
