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
    -- Then what a contributor does next: complete a `requires` entry, go to
    -- the step it names, apply every fix (VS Code's source.fixAll).
    local uri = vim.uri_from_bufnr(0)
    local function request(method, params)
      for _, response in pairs(vim.lsp.buf_request_sync(0, method, params, 60000) or {}) do
        return response.result
      end
    end
    local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
    local requires = 0
    for index, text in ipairs(lines) do
      if text:match('^requires:') then requires = index - 1 end
    end
    local completion = request('textDocument/completion', {
      textDocument = { uri = uri },
      position = { line = requires, character = #'requires: [' },
    }) or {}
    local labels = {}
    for _, item in ipairs(completion.items or completion) do table.insert(labels, item.label) end
    local definition = request('textDocument/definition', {
      textDocument = { uri = uri },
      position = { line = requires, character = #'requires: [da' },
    })
    if definition and definition[1] then definition = definition[1] end
    local actions = request('textDocument/codeAction', {
      textDocument = { uri = uri },
      range = { start = { line = 0, character = 0 }, ['end'] = { line = #lines, character = 0 } },
      context = { diagnostics = {}, only = { 'source.fixAll.roadmap' } },
    }) or {}
    for _, action in ipairs(actions) do
      if action.kind == 'source.fixAll.roadmap' then vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16') end
    end

    local file = io.open(out, 'w')
    file:write(vim.fn.json_encode({
      received = received ~= nil,
      problems = problems,
      completion = labels,
      definition = definition and vim.uri_to_fname(definition.uri) or vim.NIL,
      fixed = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n') .. '\n',
    }))
    file:close()
    vim.cmd('qall!')
  end,
})
