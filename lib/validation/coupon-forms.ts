import { z } from 'zod';

// Longer text than any code is simply unknown (lib/domain/coupons.ts codeKey); the cap keeps a
// pasted page from being echoed back into the form (or, after a refusal, the cart's query).
export const couponCodeText = z.string().max(200);

export const couponForm = z.object({ code: couponCodeText.default('') });
