-- Headless Neovim (0.7.2, Debian 12's) attaches roadmap-language-server to the
-- file it opens and writes the diagnostics it receives to $ROADMAP_LS_OUT as
-- JSON, then quits. The setup is the one docs/neovim.md documents for 0.7.
local out = os.getenv('ROADMAP_LS_OUT')
local server = os.getenv('ROADMAP_LS_BIN')
local root = os.getenv('ROADMAP_LS_ROOT')
local node = os.getenv('ROADMAP_LS_NODE') or 'node'

-- After startup: the file named on the command line is loaded by then.
vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local received = nil
    local client_id = vim.lsp.start_client({
      name = 'roadmap',
      cmd = { node, server, '--stdio' },
      root_dir = root,
      init_options = { debounce = 0 },
      handlers = {
        ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
          vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
          if result and result.uri == vim.uri_from_bufnr(0) then received = result end
        end,
      },
    })

    vim.lsp.buf_attach_client(0, client_id)
    -- A guard against a hang, not a time bound on the server: the test reads what arrived.
    vim.wait(120000, function() return received ~= nil end, 50)

    local problems = {}
    for _, diagnostic in ipairs(vim.diagnostic.get(0)) do
      table.insert(problems, {
        line = diagnostic.lnum + 1,
        column = diagnostic.col + 1,
        ruleId = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code),
        message = diagnostic.message,
        severity = diagnostic.severity == vim.diagnostic.severity.ERROR and 'error' or 'warning',
      })
    end
    local file = io.open(out, 'w')
    file:write(vim.fn.json_encode({ received = received ~= nil, problems = problems }))
    file:close()
    vim.cmd('qall!')
  end,
})
