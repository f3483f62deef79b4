-- wrk script: every request takes a random token of the pool and random ids of that token's county, so that no
-- cache of one token or one row flatters the figures.
--   BENCH_TOKENS  file of lines "<county code> <access token>" (a user of two counties has two lines)
--   BENCH_PATHS   one or more path templates separated by spaces, taken in turn at random, e.g.
--                 "/api/v1/counties/{cc}/support-requests/{support}"
-- Placeholders: {cc} the county; {support} {organisation} {contact} {meeting} {survey} an id of the data set
-- (scripts/benchmark-tools/dataset.sql makes them: 00000000-0000-4000-8<kind><cc>-<n, 12 digits>).
local kinds = { organisation = {1, 300}, contact = {2, 5000}, network = {3, 20}, meeting = {5, 2000},
                support = {7, 20000}, survey = {8, 5} }
local pool = {}
local paths = {}

local function id(kind, cc)
    local k = kinds[kind]
    return string.format("00000000-0000-4000-8%d%s-%012d", k[1], cc, math.random(1, k[2]))
end

function init(args)
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
    for line in io.lines(os.getenv("BENCH_TOKENS")) do
        local cc, token = line:match("^(%d%d) (%S+)$")
        if cc then pool[#pool + 1] = { cc = cc, auth = "Bearer " .. token } end
    end
    for p in os.getenv("BENCH_PATHS"):gmatch("%S+") do paths[#paths + 1] = p end
end

function request()
    local t = pool[math.random(1, #pool)]
    local path = paths[math.random(1, #paths)]:gsub("{cc}", t.cc):gsub("{(%a+)}", function(kind) return id(kind, t.cc) end)
    return wrk.format("GET", path, { ["Authorization"] = t.auth })
end

local errors = 0
function response(status)
    if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
    io.write(string.format("BENCH rps=%.1f p50=%.2f p99=%.2f non200=%d errors=%d\n",
        summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
