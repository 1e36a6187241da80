const crypto = require("crypto");
function verifyTalksmithWebhook(rawBody, sigHeader, secret) {
const parts = Object.fromEntries(sigHeader.split(",").map(p => p.trim().split("=")));
const t = Number(parts.t), v1 = parts.v1;
if (!t || !v1) return false;
const expected = crypto.createHmac("sha256", secret)
.update(`${t}.${rawBody}`).digest("hex");
return crypto.timingSafeEqual(Buffer.from(v1), Buffer.from(expected));
}
