/** Referrals as plain terminal text: rank, name, open-now mark, each contact with hours, cost, anonymity, reasons. */
import type { Translate } from '../../i18n/i18n.js';
import type { ReferralResultView } from '../../referral/present.js';
import { formatTokyo } from './format-tokyo.js';

export function renderReferralText(view: ReferralResultView, at: Date | null, t: Translate): string {
  const lines = at ? [t('cli:table.at', { at: formatTokyo(at) }), ''] : [];
  if (view.emergency) lines.push(`!! ${t('cli:emergencyBanner')}`, '');
  view.referrals.forEach((r, i) => {
    lines.push(`${t('cli:table.rank', { rank: i + 1 })} ${r.name}  [${t(`referral:open.${String(r.openNow) as 'true' | 'false' | 'null'}`)}]`);
    for (const c of r.contacts) {
      const facts = [c.hours, c.cost && t(`referral:cost.${c.cost}`), t(`referral:anonymous.${c.anonymous}`)].filter(Boolean);
      lines.push(`   ${t(`referral:kind.${c.kind}`)}: ${c.value}${facts.length ? `  (${facts.join(' / ')})` : ''}`);
    }
    lines.push(`   ${t('cli:table.why')}: ${r.reasons.join(' ')}`, '');
  });
  if (view.notices.length) lines.push(`${t('cli:table.notices')}:`, ...view.notices.map((n) => `- ${n}`));
  return lines.join('\n');
}
