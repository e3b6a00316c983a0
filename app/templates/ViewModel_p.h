#pragma once

#include <memory>

#include "templates/MustacheEngine_p.h"
#include "templates/ViewModel.h"

namespace alertdesk {

struct ViewModel::Private
{
    std::unique_ptr<mustache_detail::ViewContext> context;
};

} // namespace alertdesk
